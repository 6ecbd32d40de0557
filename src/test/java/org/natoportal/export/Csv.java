package org.natoportal.export;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A downloaded report read back with Commons CSV, as an analyst's tool would. */
record Csv(List<String> header, List<CSVRecord> records) {

	static Csv parse(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))) {
			return new Csv(parser.getHeaderNames(), parser.getRecords());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	List<String> column(String name) {
		return this.records.stream().map((record) -> record.get(name)).toList();
	}

	CSVRecord rowWhere(String column, String value) {
		return this.records.stream()
			.filter((record) -> record.get(column).equals(value))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row with " + column + "=" + value));
	}

}
