package org.natoportal.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.natoportal.admin.AdminArea;
import org.natoportal.admin.AdminForm;
import org.natoportal.shared.BaseEntity;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Turns one row into the admin form of its record and checks it exactly as the edit page
 * would: the form's Bean Validation constraints, then the area's domain rules
 * (references, dates, end after start, overlaps, uniqueness). Rows that change nothing
 * are not checked again: their values are already stored.
 */
@Component
class RowBinder {

	private final SpringValidatorAdapter validator;

	private final MessageSource messages;

	RowBinder(jakarta.validation.Validator validator, MessageSource messages) {
		this.validator = new SpringValidatorAdapter(validator);
		this.messages = messages;
	}

	ImportPlan.Row bind(ImportFile file, ImportFile.Line line, String label, BaseEntity existing,
			AdminArea<BaseEntity, AdminForm> area, Locale ui) {
		Locale language = file.locale();
		AdminForm before = (existing != null) ? area.formOf(existing) : area.newForm(Map.of());
		AdminForm form = (existing != null) ? area.formOf(existing) : area.newForm(Map.of());
		BeanWrapper old = PropertyAccessorFactory.forBeanPropertyAccess(before);
		MutablePropertyValues values = new MutablePropertyValues();
		List<ImportColumn> bound = new ArrayList<>();
		for (ImportColumn column : file.kind().columns()) {
			if (column.isDerived() || !file.header().contains(column.name())) {
				continue;
			}
			String cell = column.value(line.cell(column.name()));
			if (column.isLocalized() && existing != null && fellBack(old, column, language, cell)) {
				continue;
			}
			values.add(column.field(language), cell);
			bound.add(column);
		}
		DataBinder binder = new DataBinder(form, "form");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields(bound.stream().map((column) -> column.field(language)).toArray(String[]::new));
		binder.bind(values);
		BindingResult result = binder.getBindingResult();
		List<ImportPlan.Change> changes = new ArrayList<>();
		if (!result.hasErrors()) {
			BeanWrapper now = PropertyAccessorFactory.forBeanPropertyAccess(form);
			for (ImportColumn column : bound) {
				Object was = old.getPropertyValue(column.field(language));
				Object is = now.getPropertyValue(column.field(language));
				if (!Objects.equals(was, is)) {
					changes.add(new ImportPlan.Change(column.name(), text(was), text(is)));
				}
			}
		}
		ImportPlan.Action action = (existing == null) ? ImportPlan.Action.CREATE
				: changes.isEmpty() ? ImportPlan.Action.UNCHANGED : ImportPlan.Action.UPDATE;
		if (!result.hasErrors() && action != ImportPlan.Action.UNCHANGED) {
			this.validator.validate(form, result);
			area.check(form, (existing != null) ? existing.getId() : null, result);
		}
		List<ImportPlan.RowError> errors = new ArrayList<>();
		if (line.width() != file.header().size()) {
			errors.add(error(line.number(), "", ui, "imports.error.width", line.width(), file.header().size()));
		}
		for (ObjectError problem : result.getAllErrors()) {
			errors.add(rowError(file, line, problem, ui));
		}
		return new ImportPlan.Row(line.number(), action, label, (existing != null) ? existing.getId() : null,
				(existing != null) ? existing.getVersion() : null, List.copyOf(changes), errors, form);
	}

	/**
	 * Whether a French cell is only the English text the export wrote because the record
	 * has no French one: importing it must not make the English text French.
	 */
	private static boolean fellBack(BeanWrapper old, ImportColumn column, Locale language, String cell) {
		Object own = old.getPropertyValue(column.field(language));
		Object other = old.getPropertyValue(column.otherField(language));
		return (own == null || own.toString().isBlank()) && cell != null && other != null
				&& cell.strip().equals(other.toString().strip());
	}

	private ImportPlan.RowError rowError(ImportFile file, ImportFile.Line line, ObjectError problem, Locale ui) {
		if (!(problem instanceof FieldError fieldError)) {
			return new ImportPlan.RowError(line.number(), "", this.messages.getMessage(problem, ui));
		}
		Locale language = file.locale();
		for (ImportColumn column : file.kind().columns()) {
			if (column.isDerived()) {
				continue;
			}
			if (column.field(language).equals(fieldError.getField())) {
				if (List.of(problem.getCodes()).contains("admin.error.unknown")) {
					// The form offers a list to choose from; a file names a code that
					// matches nothing.
					return error(line.number(), column.name(), ui, "imports.error.unknown",
							fieldError.getRejectedValue());
				}
				return new ImportPlan.RowError(line.number(), column.name(), this.messages.getMessage(problem, ui));
			}
			if (column.otherField(language).equals(fieldError.getField())) {
				return error(line.number(), column.name(), ui, "imports.error.otherLanguage");
			}
		}
		return new ImportPlan.RowError(line.number(), fieldError.getField(), this.messages.getMessage(problem, ui));
	}

	ImportPlan.RowError error(long row, String column, Locale ui, String key, Object... arguments) {
		return new ImportPlan.RowError(row, column, this.messages.getMessage(key, arguments, ui));
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		return (value instanceof Enum<?> constant) ? constant.name().toLowerCase(Locale.ROOT) : value.toString();
	}

}
