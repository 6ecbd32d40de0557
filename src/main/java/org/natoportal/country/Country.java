package org.natoportal.country;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.envers.Audited;
import org.natoportal.shared.BaseEntity;
import org.natoportal.shared.Localized;

/** A current or former NATO partner country. */
@Entity
@Audited
public class Country extends BaseEntity {

	private String iso3;

	private String slug;

	private String nameEn;

	private String nameFr;

	/**
	 * A region code such as {@code south-caucasus}; its label comes from the message
	 * bundles.
	 */
	private String region;

	@Enumerated(EnumType.STRING)
	private CountryStatus status;

	/**
	 * The year the status began: accession for an Ally, suspension for a suspended
	 * partner.
	 */
	private Integer statusYear;

	private String statusNoteEn;

	private String statusNoteFr;

	private Integer partnerSince;

	private String summaryEn;

	private String summaryFr;

	private String source;

	protected Country() {
	}

	public Country(String iso3, String slug, String nameEn, String nameFr, String region) {
		this.iso3 = iso3;
		this.slug = slug;
		this.nameEn = nameEn;
		this.nameFr = nameFr;
		this.region = region;
		this.status = CountryStatus.ACTIVE;
	}

	/** Staff correct the country's identity: codes, names and region. */
	public Country identify(String iso3, String slug, String nameEn, String nameFr, String region) {
		this.iso3 = iso3;
		this.slug = slug;
		this.nameEn = nameEn;
		this.nameFr = nameFr;
		this.region = region;
		return this;
	}

	public Country status(CountryStatus status, Integer statusYear, String noteEn, String noteFr) {
		this.status = status;
		this.statusYear = statusYear;
		this.statusNoteEn = noteEn;
		this.statusNoteFr = noteFr;
		return this;
	}

	public Country profile(Integer partnerSince, String summaryEn, String summaryFr, String source) {
		this.partnerSince = partnerSince;
		this.summaryEn = summaryEn;
		this.summaryFr = summaryFr;
		this.source = source;
		return this;
	}

	public String getIso3() {
		return this.iso3;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public String getRegion() {
		return this.region;
	}

	public CountryStatus getStatus() {
		return this.status;
	}

	public Integer getStatusYear() {
		return this.statusYear;
	}

	public String getStatusNoteEn() {
		return this.statusNoteEn;
	}

	public String getStatusNoteFr() {
		return this.statusNoteFr;
	}

	public Integer getPartnerSince() {
		return this.partnerSince;
	}

	public String getSummaryEn() {
		return this.summaryEn;
	}

	public String getSummaryFr() {
		return this.summaryFr;
	}

	public String getSource() {
		return this.source;
	}

	public String name(Locale locale) {
		return Localized.pick(locale, this.nameEn, this.nameFr);
	}

	public String summary(Locale locale) {
		return Localized.pick(locale, this.summaryEn, this.summaryFr);
	}

	public String statusNote(Locale locale) {
		return Localized.pick(locale, this.statusNoteEn, this.statusNoteFr);
	}

}
