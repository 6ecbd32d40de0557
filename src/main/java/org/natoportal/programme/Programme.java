package org.natoportal.programme;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.natoportal.shared.CatalogueEntry;

/** A cooperation programme or tool open to partners (DEEP, BI, SPS, PII…). */
@Entity
@Audited
public class Programme extends CatalogueEntry {

	private Integer launchedYear;

	protected Programme() {
	}

	public Programme(String code, String nameEn, String nameFr, Integer launchedYear, String descriptionEn,
			String descriptionFr, String source) {
		super(code, nameEn, nameFr, descriptionEn, descriptionFr, source);
		this.launchedYear = launchedYear;
	}

	public void revise(String code, String nameEn, String nameFr, Integer launchedYear, String descriptionEn,
			String descriptionFr, String source) {
		revise(code, nameEn, nameFr, descriptionEn, descriptionFr, source);
		this.launchedYear = launchedYear;
	}

	public Integer getLaunchedYear() {
		return this.launchedYear;
	}

	@Override
	public Integer getStartYear() {
		return this.launchedYear;
	}

}
