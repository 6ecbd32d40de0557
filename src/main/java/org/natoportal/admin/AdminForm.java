package org.natoportal.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.util.ReflectionUtils;

/**
 * What every admin form carries besides its fields: the version of the record the user
 * started from (to detect a lost edit) and the admin page to return to after saving.
 */
public abstract class AdminForm {

	/** Only admin pages of this site, so a crafted link cannot send staff elsewhere. */
	private static final Pattern ADMIN_PATH = Pattern.compile("/admin/[A-Za-z0-9/_-]*");

	private Long version;

	private String returnTo;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getReturnTo() {
		return this.returnTo;
	}

	public void setReturnTo(String returnTo) {
		this.returnTo = safeReturn(returnTo);
	}

	/** The admin path to go back to, or null when it is not one. */
	public static String safeReturn(String path) {
		return (path != null && ADMIN_PATH.matcher(path).matches() && !path.contains("//")) ? path : null;
	}

	/**
	 * The names of the fields the user edits, in the order they are declared: what a
	 * conflict page compares.
	 */
	public List<String> fieldNames() {
		List<Class<?>> hierarchy = new ArrayList<>();
		for (Class<?> type = getClass(); type != AdminForm.class; type = type.getSuperclass()) {
			hierarchy.add(0, type);
		}
		List<String> names = new ArrayList<>();
		hierarchy.forEach((type) -> ReflectionUtils.doWithLocalFields(type, (field) -> {
			if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
				names.add(field.getName());
			}
		}));
		return names;
	}

}
