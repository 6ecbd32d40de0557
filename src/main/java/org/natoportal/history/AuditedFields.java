package org.natoportal.history;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;
import org.hibernate.envers.NotAudited;
import org.natoportal.shared.BaseEntity;

import org.springframework.util.ReflectionUtils;

/**
 * The fields a record's history shows and a restore copies: every audited field of the
 * record kind, superclass fields first, without the identity, lock version and change
 * time of {@link BaseEntity} (a revision has its own time). Reading them reflectively
 * lets one history page and one restore serve every kind of record.
 */
final class AuditedFields {

	private static final Map<Class<?>, List<Field>> cache = new ConcurrentHashMap<>();

	private AuditedFields() {
	}

	static List<Field> of(Class<?> type) {
		return cache.computeIfAbsent(type, AuditedFields::find);
	}

	/** A reference to another record (a country, framework or programme). */
	static boolean isRelation(Field field) {
		return field.isAnnotationPresent(ManyToOne.class);
	}

	static Object read(Field field, Object record) {
		return ReflectionUtils.getField(field, record);
	}

	static void write(Field field, Object record, Object value) {
		ReflectionUtils.setField(field, record, value);
	}

	private static List<Field> find(Class<?> type) {
		Deque<Class<?>> hierarchy = new ArrayDeque<>();
		for (Class<?> c = type; c != null && c != BaseEntity.class && c != Object.class; c = c.getSuperclass()) {
			hierarchy.push(c);
		}
		List<Field> fields = new ArrayList<>();
		for (Class<?> c : hierarchy) {
			for (Field field : c.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
						&& !field.isAnnotationPresent(Transient.class)
						&& !field.isAnnotationPresent(NotAudited.class)) {
					ReflectionUtils.makeAccessible(field);
					fields.add(field);
				}
			}
		}
		return List.copyOf(fields);
	}

}
