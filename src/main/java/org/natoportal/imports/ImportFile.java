package org.natoportal.imports;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An uploaded report once read: which report it is, the language of its names and titles,
 * and its rows. Kept in the session between the preview and the apply, so the file is not
 * uploaded twice and the apply works on exactly what was previewed.
 *
 * @param language {@code en} or {@code fr}
 * @param lines the data rows, in file order
 */
public record ImportFile(ImportKind kind, String language, List<String> header,
		List<Line> lines) implements Serializable {

	Locale locale() {
		return Locale.forLanguageTag(this.language);
	}

	/**
	 * One data row.
	 *
	 * @param number the row number as a spreadsheet shows it: the header is row 1
	 * @param cells the cells by column name, as written (formula guard already undone)
	 * @param width how many cells the row has, to catch rows longer or shorter than the
	 * header
	 */
	public record Line(long number, Map<String, String> cells, int width) implements Serializable {

		String cell(String column) {
			return this.cells.get(column);
		}

	}

}
