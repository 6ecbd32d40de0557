package org.natoportal.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What the import tests share: downloading a report, editing it as a spreadsheet user
 * would, uploading it in one session, and taking away every revision the test made so the
 * history and the seed data stay as loaded.
 */
abstract class ImportTestSupport {

	static final List<String> AUDITED = List.of("country", "framework", "programme", "membership", "participation",
			"timeline_event", "contribution", "staff_account");

	private static final Pattern FINGERPRINT = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpSession session = new MockHttpSession();

	private long lastRevision;

	@BeforeEach
	void rememberLastRevision() {
		this.lastRevision = this.jdbc.queryForObject("select coalesce(max(id), 0) from portal_revision", Long.class);
	}

	@AfterEach
	void forgetRevisions() {
		for (String table : AUDITED) {
			this.jdbc.update("delete from " + table + "_aud where rev > ?", this.lastRevision);
		}
		this.jdbc.update("delete from portal_revision where id > ?", this.lastRevision);
	}

	/** The revisions made since the test began, as "username". */
	List<String> newRevisions() {
		return this.jdbc.queryForList("select username from portal_revision where id > ? order by id", String.class,
				this.lastRevision);
	}

	byte[] export(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	MvcTestResult upload(byte[] content, String kind, String lang) {
		return this.mvc.post()
			.uri("/admin/import")
			.multipart()
			.file(new MockMultipartFile("file", "report.csv", "text/csv", content))
			.param("kind", kind)
			.param("language", lang)
			.session(this.session)
			.with(csrf())
			.exchange();
	}

	/** Uploads the file and returns the preview page. */
	String preview(byte[] content, String lang) {
		assertThat(upload(content, "auto", lang)).hasStatus3xxRedirection().hasRedirectedUrl("/admin/import/preview");
		return previewPage();
	}

	String previewPage() {
		MvcTestResult preview = this.mvc.get().uri("/admin/import/preview").session(this.session).exchange();
		assertThat(preview).hasStatusOk();
		return new String(preview.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	MvcTestResult apply(String previewPage) {
		Matcher matcher = FINGERPRINT.matcher(previewPage);
		assertThat(matcher.find()).as("an Apply button").isTrue();
		return applyWith(matcher.group(1));
	}

	MvcTestResult applyWith(String fingerprint) {
		return this.mvc.post()
			.uri("/admin/import/apply")
			.param("fingerprint", fingerprint)
			.session(this.session)
			.with(csrf())
			.exchange();
	}

	/** Every row of the tables an import may touch, with its version. */
	List<String> snapshot() {
		List<String> rows = new ArrayList<>();
		for (String table : List.of("country", "membership", "participation", "timeline_event", "contribution")) {
			rows.addAll(this.jdbc.queryForList(
					"select '" + table + "' || ':' || id || ':' || version from " + table + " order by id",
					String.class));
		}
		return rows;
	}

	/** The preview's counts as the page shows them. */
	static String[] counts(long create, long update, long unchanged, long errors) {
		return new String[] { ">" + create + " to create<", ">" + update + " to update<",
				">" + unchanged + " unchanged<", ">" + errors + " errors<" };
	}

	static Table read(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))) {
			List<List<String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(new ArrayList<>(record.toList()));
			}
			return new Table(new ArrayList<>(parser.getHeaderNames()), rows);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A report as a spreadsheet user edits it: rows of cells under the header. */
	record Table(List<String> header, List<List<String>> rows) {

		int index(String column) {
			return this.header.indexOf(column);
		}

		List<String> rowWhere(String column, String value) {
			return this.rows.stream().filter((row) -> row.get(index(column)).equals(value)).findFirst().orElseThrow();
		}

		void set(List<String> row, String column, String value) {
			row.set(index(column), value);
		}

		String get(List<String> row, String column) {
			return row.get(index(column));
		}

		/** The spreadsheet row number of a data row: the header is row 1. */
		int number(List<String> row) {
			return this.rows.indexOf(row) + 2;
		}

		byte[] bytes() {
			StringWriter out = new StringWriter();
			try (CSVPrinter printer = new CSVPrinter(out,
					CSVFormat.RFC4180.builder().setHeader(this.header.toArray(String[]::new)).get())) {
				printer.printRecords(this.rows);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			return out.toString().getBytes(StandardCharsets.UTF_8);
		}

	}

}
