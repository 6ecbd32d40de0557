package org.natoportal.imports;

import java.util.Locale;

/**
 * A column of a report as the import reads it: the form field it fills (a different one
 * per language for names, titles and notes), or none when the export derives it from
 * other records.
 *
 * @param name the report's header
 * @param fieldEn the form field filled from an English file, null for a derived column
 * @param fieldFr the form field filled from a French file
 * @param constant whether the cell is a lower-case enum constant ({@code active})
 */
record ImportColumn(String name, String fieldEn, String fieldFr, boolean constant) {

	static ImportColumn of(String name, String field) {
		return new ImportColumn(name, field, field, false);
	}

	static ImportColumn localized(String name, String fieldEn, String fieldFr) {
		return new ImportColumn(name, fieldEn, fieldFr, false);
	}

	static ImportColumn constant(String name, String field) {
		return new ImportColumn(name, field, field, true);
	}

	/** A column the export computes from other records; the import ignores it. */
	static ImportColumn derived(String name) {
		return new ImportColumn(name, null, null, false);
	}

	boolean isDerived() {
		return this.fieldEn == null;
	}

	boolean isLocalized() {
		return !isDerived() && !this.fieldEn.equals(this.fieldFr);
	}

	String field(Locale language) {
		return "fr".equals(language.getLanguage()) ? this.fieldFr : this.fieldEn;
	}

	/**
	 * The field of the other language, which a French name falls back to when missing.
	 */
	String otherField(Locale language) {
		return "fr".equals(language.getLanguage()) ? this.fieldEn : this.fieldFr;
	}

	/** The cell as the form field takes it. */
	String value(String cell) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		return this.constant ? cell.strip().toUpperCase(Locale.ROOT) : cell;
	}

}
