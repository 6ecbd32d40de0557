package org.natoportal.admin.country;

import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.natoportal.admin.AdminForm;
import org.natoportal.country.Country;
import org.natoportal.country.CountryStatus;

/** A country as staff type it; {@link #applyTo} copies it onto the stored record. */
public class CountryForm extends AdminForm {

	@NotBlank(message = "{admin.error.required}")
	@Pattern(regexp = "[A-Z]{3}", message = "{admin.error.iso3}")
	private String iso3;

	@NotBlank(message = "{admin.error.required}")
	@Size(max = 80, message = "{admin.error.size}")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{admin.error.slug}")
	private String slug;

	@NotBlank(message = "{admin.error.required}")
	@Size(max = 200, message = "{admin.error.size}")
	private String nameEn;

	@Size(max = 200, message = "{admin.error.size}")
	private String nameFr;

	@NotBlank(message = "{admin.error.required}")
	private String region;

	@NotNull(message = "{admin.error.required}")
	private CountryStatus status = CountryStatus.ACTIVE;

	@Min(value = 1900, message = "{admin.error.year}")
	@Max(value = 2100, message = "{admin.error.year}")
	private Integer statusYear;

	@Size(max = 300, message = "{admin.error.size}")
	private String statusNoteEn;

	@Size(max = 300, message = "{admin.error.size}")
	private String statusNoteFr;

	@Min(value = 1900, message = "{admin.error.year}")
	@Max(value = 2100, message = "{admin.error.year}")
	private Integer partnerSince;

	private String summaryEn;

	private String summaryFr;

	@Size(max = 1000, message = "{admin.error.size}")
	private String source;

	public static CountryForm from(Country country) {
		CountryForm form = new CountryForm();
		form.setVersion(country.getVersion());
		form.iso3 = country.getIso3();
		form.slug = country.getSlug();
		form.nameEn = country.getNameEn();
		form.nameFr = country.getNameFr();
		form.region = country.getRegion();
		form.status = country.getStatus();
		form.statusYear = country.getStatusYear();
		form.statusNoteEn = country.getStatusNoteEn();
		form.statusNoteFr = country.getStatusNoteFr();
		form.partnerSince = country.getPartnerSince();
		form.summaryEn = country.getSummaryEn();
		form.summaryFr = country.getSummaryFr();
		form.source = country.getSource();
		return form;
	}

	public Country toCountry() {
		return applyTo(new Country(this.iso3, this.slug, this.nameEn, this.nameFr, this.region));
	}

	public Country applyTo(Country country) {
		return country.identify(this.iso3, this.slug, this.nameEn, this.nameFr, this.region)
			.status(this.status, this.statusYear, this.statusNoteEn, this.statusNoteFr)
			.profile(this.partnerSince, this.summaryEn, this.summaryFr, this.source);
	}

	public String getIso3() {
		return this.iso3;
	}

	/** Codes are upper case whatever the user typed. */
	public void setIso3(String iso3) {
		this.iso3 = (iso3 != null) ? iso3.toUpperCase(Locale.ROOT) : null;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public void setNameFr(String nameFr) {
		this.nameFr = nameFr;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public CountryStatus getStatus() {
		return this.status;
	}

	public void setStatus(CountryStatus status) {
		this.status = status;
	}

	public Integer getStatusYear() {
		return this.statusYear;
	}

	public void setStatusYear(Integer statusYear) {
		this.statusYear = statusYear;
	}

	public String getStatusNoteEn() {
		return this.statusNoteEn;
	}

	public void setStatusNoteEn(String statusNoteEn) {
		this.statusNoteEn = statusNoteEn;
	}

	public String getStatusNoteFr() {
		return this.statusNoteFr;
	}

	public void setStatusNoteFr(String statusNoteFr) {
		this.statusNoteFr = statusNoteFr;
	}

	public Integer getPartnerSince() {
		return this.partnerSince;
	}

	public void setPartnerSince(Integer partnerSince) {
		this.partnerSince = partnerSince;
	}

	public String getSummaryEn() {
		return this.summaryEn;
	}

	public void setSummaryEn(String summaryEn) {
		this.summaryEn = summaryEn;
	}

	public String getSummaryFr() {
		return this.summaryFr;
	}

	public void setSummaryFr(String summaryFr) {
		this.summaryFr = summaryFr;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
