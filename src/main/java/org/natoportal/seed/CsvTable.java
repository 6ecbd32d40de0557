package org.natoportal.seed;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Reads an RFC 4180 CSV file with a header row into {@link CsvRow}s. The staff import
 * reads uploaded reports with the same format through {@link #parser(Reader)}.
 */
public final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private CsvTable() {
	}

	/**
	 * A parser of the seed files' format (header row, empty lines skipped) for readers
	 * that report problems their own way.
	 */
	public static CSVParser parser(Reader reader) throws IOException {
		return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
	}

	static List<CsvRow> read(String file, Reader reader) {
		try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			return parser.getRecords().stream().map((record) -> new CsvRow(file, record)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		catch (java.io.UncheckedIOException | IllegalStateException ex) {
			throw new CsvFormatException(file, 0, "", "not a valid CSV file: " + ex.getMessage());
		}
	}

}
