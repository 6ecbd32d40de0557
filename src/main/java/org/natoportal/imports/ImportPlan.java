package org.natoportal.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.natoportal.admin.AdminForm;

/**
 * What importing a file would do, row by row: create, update (with each field's old and
 * new value) or leave unchanged, and every error found. Nothing may be applied while
 * there is an error.
 */
public record ImportPlan(ImportFile file, List<Row> rows) {

	public List<RowError> errors() {
		return this.rows.stream()
			.flatMap((row) -> row.errors().stream())
			.sorted(Comparator.comparingLong(RowError::row))
			.toList();
	}

	public boolean hasErrors() {
		return this.rows.stream().anyMatch((row) -> !row.errors().isEmpty());
	}

	public long count(Action action) {
		return this.rows.stream().filter((row) -> row.action() == action).count();
	}

	public long created() {
		return count(Action.CREATE);
	}

	public long updated() {
		return count(Action.UPDATE);
	}

	public long unchanged() {
		return count(Action.UNCHANGED);
	}

	/** The rows that change something, for the preview's table. */
	public List<Row> changes() {
		return this.rows.stream().filter((row) -> row.action() != Action.UNCHANGED).toList();
	}

	/**
	 * A digest of what the preview showed (each row's action, record, version and
	 * changes): the apply recomputes it and refuses when the data changed meanwhile.
	 */
	public String fingerprint() {
		StringBuilder text = new StringBuilder(this.file.kind() + "|" + this.file.language());
		for (Row row : this.rows) {
			text.append('\n').append(row.number()).append('|').append(row.action()).append('|').append(row.id());
			text.append('|').append(row.version());
			row.changes().forEach((change) -> text.append('|').append(change));
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public enum Action {

		CREATE, UPDATE, UNCHANGED

	}

	/**
	 * One row of the file.
	 *
	 * @param label the row's key as staff read it, e.g. "KGZ · PFP · 1994"
	 * @param id the record updated, null for a new one
	 * @param version the record's version when planned
	 * @param form the record's values after the import, as the admin form holds them
	 */
	public record Row(long number, Action action, String label, Long id, Long version, List<Change> changes,
			List<RowError> errors, AdminForm form) {

	}

	/** A field's value before and after, as written in the report. */
	public record Change(String column, String before, String after) {

	}

	/** A problem with one cell, or with the row when the column is empty. */
	public record RowError(long row, String column, String message) {

	}

}
