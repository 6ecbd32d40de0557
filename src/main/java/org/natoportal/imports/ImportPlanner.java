package org.natoportal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.natoportal.admin.AdminArea;
import org.natoportal.admin.AdminForm;
import org.natoportal.admin.Rules;
import org.natoportal.admin.involvement.InvolvementForm;
import org.natoportal.shared.BaseEntity;
import org.natoportal.shared.PartialDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans an import (what each row would create or change, and what is wrong) and applies
 * it: all rows in one transaction through the admin areas, so the change history records
 * one revision by the signed-in editor, or nothing at all.
 */
@Service
class ImportPlanner {

	private final Map<Object, AdminArea<BaseEntity, AdminForm>> areas = new HashMap<>();

	private final ExistingRecords existing;

	private final RowBinder binder;

	@SuppressWarnings("unchecked")
	ImportPlanner(List<AdminArea<?, ?>> areas, ExistingRecords existing, RowBinder binder) {
		areas.forEach((area) -> this.areas.put(area.type(), (AdminArea<BaseEntity, AdminForm>) area));
		this.existing = existing;
		this.binder = binder;
	}

	@Transactional(readOnly = true)
	public ImportPlan plan(ImportFile file, Locale ui) {
		ImportKind kind = file.kind();
		AdminArea<BaseEntity, AdminForm> area = this.areas.get(kind.type());
		Map<String, BaseEntity> stored = this.existing.index(kind, file.locale());
		Map<String, Long> firstRowOfKey = new HashMap<>();
		List<ImportPlan.Row> rows = new ArrayList<>();
		for (ImportFile.Line line : file.lines()) {
			String key = ExistingRecords.key(kind, line);
			BaseEntity record = (key != null) ? stored.get(key) : null;
			ImportPlan.Row row = this.binder.bind(file, line, label(kind, line), record, area, ui);
			String keyColumn = kind.key().get(0);
			if (kind == ImportKind.EVENTS && key != null && record == null) {
				row.errors().add(0, this.binder.error(line.number(), keyColumn, ui, "imports.error.noSuchEvent", key));
			}
			Long first = (key != null) ? firstRowOfKey.putIfAbsent(key, line.number()) : null;
			if (first != null) {
				row.errors().add(0, this.binder.error(line.number(), keyColumn, ui, "imports.error.duplicate", first));
			}
			rows.add(row);
		}
		if (kind == ImportKind.MEMBERSHIPS) {
			refuseOverlapsWithinFile(rows, ui);
		}
		if (kind == ImportKind.COUNTRIES) {
			refuseSlugTwiceWithinFile(file, rows, ui);
		}
		return new ImportPlan(file, rows);
	}

	/**
	 * Applies the file if it still plans to exactly what the preview showed.
	 * @throws ImportRefusedException when the file has errors or the data changed since
	 * the preview
	 */
	@Transactional
	public ImportPlan apply(ImportFile file, String fingerprint, Locale ui) {
		ImportPlan plan = plan(file, ui);
		if (plan.hasErrors()) {
			throw new ImportRefusedException("imports.apply.errors");
		}
		if (!plan.fingerprint().equals(fingerprint)) {
			throw new ImportRefusedException("imports.apply.stale");
		}
		AdminArea<BaseEntity, AdminForm> area = this.areas.get(file.kind().type());
		for (ImportPlan.Row row : plan.rows()) {
			switch (row.action()) {
				case CREATE -> area.create(row.form());
				case UPDATE -> area.update(row.id(), row.form());
				case UNCHANGED -> {
				}
			}
		}
		return plan;
	}

	/**
	 * The edit form checks a membership against the stored ones; two new or changed rows
	 * of the same file must not overlap either.
	 */
	private void refuseOverlapsWithinFile(List<ImportPlan.Row> rows, Locale ui) {
		List<ImportPlan.Row> changed = rows.stream()
			.filter((row) -> row.action() != ImportPlan.Action.UNCHANGED && row.errors().isEmpty())
			.toList();
		for (int i = 0; i < changed.size(); i++) {
			InvolvementForm later = (InvolvementForm) changed.get(i).form();
			for (int j = 0; j < i; j++) {
				InvolvementForm earlier = (InvolvementForm) changed.get(j).form();
				if (later.getCountry().equals(earlier.getCountry()) && later.entryCode().equals(earlier.entryCode())
						&& Rules.overlap(PartialDate.parse(later.getStartDate()),
								PartialDate.parseOrNull(later.getEndDate()), PartialDate.parse(earlier.getStartDate()),
								PartialDate.parseOrNull(earlier.getEndDate()))) {
					changed.get(i)
						.errors()
						.add(this.binder.error(changed.get(i).number(), "start_date", ui, "imports.error.overlapInFile",
								changed.get(j).number()));
					break;
				}
			}
		}
	}

	/**
	 * The edit form checks a slug against the stored countries; two rows of the file must
	 * not give the same slug either.
	 */
	private void refuseSlugTwiceWithinFile(ImportFile file, List<ImportPlan.Row> rows, Locale ui) {
		Map<String, Long> firstRowOfSlug = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			String slug = file.lines().get(i).cell("slug");
			Long first = (slug != null && !slug.isBlank())
					? firstRowOfSlug.putIfAbsent(slug.strip(), rows.get(i).number()) : null;
			if (first != null) {
				rows.get(i)
					.errors()
					.add(this.binder.error(rows.get(i).number(), "slug", ui, "imports.error.slugTwice", first));
			}
		}
	}

	private static String label(ImportKind kind, ImportFile.Line line) {
		if (kind == ImportKind.EVENTS && ExistingRecords.key(kind, line) == null) {
			return line.cell("title");
		}
		return String.join(" · ",
				kind.key().stream().map(line::cell).map((cell) -> (cell != null) ? cell.strip() : "").toList());
	}

}
