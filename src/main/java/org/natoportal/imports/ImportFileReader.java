package org.natoportal.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.natoportal.export.FormulaGuard;
import org.natoportal.seed.CsvTable;

import org.springframework.stereotype.Component;

/**
 * Reads an uploaded file as one of the reports: UTF-8 (with or without the byte order
 * mark the export adds for Excel), RFC 4180 CSV with the report's header row. The kind is
 * the one chosen, or the one whose columns the header has.
 */
@Component
class ImportFileReader {

	private static final String BOM = "\uFEFF";

	ImportFile read(byte[] bytes, ImportKind chosen, String language) {
		String text = decode(bytes);
		if (text.startsWith(BOM)) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new ImportFileException("imports.file.empty");
		}
		if (text.indexOf('\0') >= 0) {
			throw new ImportFileException("imports.file.notCsv", "NUL");
		}
		try (CSVParser parser = CsvTable.parser(new StringReader(text))) {
			List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
			ImportKind kind = (chosen != null) ? chosen : detect(header);
			checkHeader(kind, header);
			List<ImportFile.Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				lines.add(line(header, record));
			}
			if (lines.isEmpty()) {
				throw new ImportFileException("imports.file.noRows");
			}
			return new ImportFile(kind, language, header, List.copyOf(lines));
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new ImportFileException("imports.file.notCsv", ex.getMessage());
		}
	}

	private static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ImportFileException("imports.file.encoding");
		}
	}

	/** The report whose columns the header has; failing that, the closest one. */
	private static ImportKind detect(List<String> header) {
		Set<String> names = new HashSet<>(header);
		return List.of(ImportKind.values())
			.stream()
			.max(Comparator.comparingLong((ImportKind kind) -> kind.columns()
				.stream()
				.filter((column) -> names.contains(column.name()))
				.count() - header.stream().filter((name) -> kind.column(name).isEmpty()).count()))
			.orElseThrow();
	}

	/**
	 * Every column must be one of the report's; every column the import reads must be
	 * there. Derived columns may be left out.
	 */
	private static void checkHeader(ImportKind kind, List<String> header) {
		List<ImportFileException.Problem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String name : header) {
			if (kind.column(name).isEmpty()) {
				problems.add(new ImportFileException.Problem("imports.file.unknownColumn", name, kind.getReport()));
			}
			else if (!seen.add(name)) {
				problems.add(new ImportFileException.Problem("imports.file.duplicateColumn", name));
			}
		}
		for (ImportColumn column : kind.columns()) {
			boolean needed = !column.isDerived() || kind.key().contains(column.name());
			if (needed && !header.contains(column.name())) {
				problems.add(
						new ImportFileException.Problem("imports.file.missingColumn", column.name(), kind.getReport()));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportFileException(problems);
		}
	}

	private static ImportFile.Line line(List<String> header, CSVRecord record) {
		Map<String, String> cells = new LinkedHashMap<>();
		for (int i = 0; i < header.size() && i < record.size(); i++) {
			cells.put(header.get(i), FormulaGuard.undo(record.get(i)));
		}
		return new ImportFile.Line(record.getRecordNumber() + 1, cells, record.size());
	}

}
