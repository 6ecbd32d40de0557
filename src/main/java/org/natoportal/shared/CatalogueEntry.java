package org.natoportal.shared;

import java.util.Locale;

import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/** A framework or programme: a coded, bilingual entry that countries join. */
@MappedSuperclass
@Audited
public abstract class CatalogueEntry extends BaseEntity {

	private String code;

	private String nameEn;

	private String nameFr;

	private String descriptionEn;

	private String descriptionFr;

	private String source;

	protected CatalogueEntry() {
	}

	protected CatalogueEntry(String code, String nameEn, String nameFr, String descriptionEn, String descriptionFr,
			String source) {
		this.code = code;
		this.nameEn = nameEn;
		this.nameFr = nameFr;
		this.descriptionEn = descriptionEn;
		this.descriptionFr = descriptionFr;
		this.source = source;
	}

	/** Staff correct the entry's code, names, descriptions and source. */
	protected void revise(String code, String nameEn, String nameFr, String descriptionEn, String descriptionFr,
			String source) {
		this.code = code;
		this.nameEn = nameEn;
		this.nameFr = nameFr;
		this.descriptionEn = descriptionEn;
		this.descriptionFr = descriptionFr;
		this.source = source;
	}

	public String getCode() {
		return this.code;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public String getDescriptionFr() {
		return this.descriptionFr;
	}

	public String getSource() {
		return this.source;
	}

	public String name(Locale locale) {
		return Localized.pick(locale, this.nameEn, this.nameFr);
	}

	public String description(Locale locale) {
		return Localized.pick(locale, this.descriptionEn, this.descriptionFr);
	}

	/** The lower-case code used in page addresses, e.g. {@code /frameworks/pfp}. */
	public String getSlug() {
		return this.code.toLowerCase(Locale.ROOT);
	}

	/** The year the framework was founded or the programme launched. */
	public abstract Integer getStartYear();

}
