package org.natoportal.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.natoportal.shared.PartialDate;

import org.springframework.stereotype.Component;

/**
 * Writes a report as RFC 4180 CSV in UTF-8: a header row of the column names, then one
 * record per row. Text cells pass through the {@link FormulaGuard}; dates are written in
 * ISO 8601 at their own precision, numbers as they are, empty values as empty cells.
 */
@Component
public class CsvReportWriter {

	/** Excel recognises UTF-8 only when the file starts with a byte order mark. */
	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final ReportRows rows;

	CsvReportWriter(ReportRows rows) {
		this.rows = rows;
	}

	/**
	 * Streams the report to the output, which is flushed but left open (it may be a zip
	 * entry).
	 * @return the number of rows written, header excluded
	 */
	public long write(PreparedReport report, OutputStream output, boolean bom) throws IOException {
		if (bom) {
			output.write(UTF8_BOM);
		}
		Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader(report.columns().stream().map(ReportColumn::name).toArray(String[]::new))
			.get();
		CSVPrinter printer = new CSVPrinter(writer, format);
		long count = this.rows.forEach(report, (cells) -> printer.printRecord(cellValues(cells)));
		printer.flush();
		return count;
	}

	private static List<Object> cellValues(List<Object> cells) {
		List<Object> values = new ArrayList<>(cells.size());
		for (Object cell : cells) {
			values.add(cellValue(cell));
		}
		return values;
	}

	static Object cellValue(Object cell) {
		if (cell instanceof String text) {
			return FormulaGuard.neutralise(text);
		}
		if (cell instanceof PartialDate date) {
			return date.iso();
		}
		if (cell instanceof Enum<?> constant) {
			return constant.name().toLowerCase(Locale.ROOT);
		}
		return cell;
	}

}
