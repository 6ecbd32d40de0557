package org.natoportal.framework;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.natoportal.shared.CatalogueEntry;

/**
 * A partnership framework (PfP, EAPC, MD, ICI…) or a country-specific body (NRC, NUC…).
 */
@Entity
@Audited
public class Framework extends CatalogueEntry {

	private Integer establishedYear;

	protected Framework() {
	}

	public Framework(String code, String nameEn, String nameFr, Integer establishedYear, String descriptionEn,
			String descriptionFr, String source) {
		super(code, nameEn, nameFr, descriptionEn, descriptionFr, source);
		this.establishedYear = establishedYear;
	}

	public void revise(String code, String nameEn, String nameFr, Integer establishedYear, String descriptionEn,
			String descriptionFr, String source) {
		revise(code, nameEn, nameFr, descriptionEn, descriptionFr, source);
		this.establishedYear = establishedYear;
	}

	public Integer getEstablishedYear() {
		return this.establishedYear;
	}

	@Override
	public Integer getStartYear() {
		return this.establishedYear;
	}

}
