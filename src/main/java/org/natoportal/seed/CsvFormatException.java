package org.natoportal.seed;

/** A CSV cell that cannot be read, located by file, row number and column. */
public class CsvFormatException extends RuntimeException {

	private final String file;

	private final long row;

	private final String column;

	public CsvFormatException(String file, long row, String column, String problem) {
		super("%s, row %d, column '%s': %s".formatted(file, row, column, problem));
		this.file = file;
		this.row = row;
		this.column = column;
	}

	public String getFile() {
		return this.file;
	}

	/** The row number as a spreadsheet shows it: the header is row 1. */
	public long getRow() {
		return this.row;
	}

	public String getColumn() {
		return this.column;
	}

}
