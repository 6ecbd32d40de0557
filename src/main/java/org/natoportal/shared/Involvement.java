package org.natoportal.shared;

import java.util.Locale;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;
import org.natoportal.country.Country;

/**
 * A country's time in a framework or programme: from a start to an end that stays open
 * while the involvement lasts, with the source that dates it.
 */
@MappedSuperclass
@Audited
public abstract class Involvement extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_id")
	private Country country;

	private PartialDate startDate;

	private PartialDate endDate;

	/** The English note; the column keeps its original name {@code note}. */
	private String note;

	private String noteFr;

	private String source;

	protected Involvement() {
	}

	protected Involvement(Country country, PartialDate startDate, PartialDate endDate, String note, String noteFr,
			String source) {
		this.country = country;
		this.startDate = startDate;
		this.endDate = endDate;
		this.note = note;
		this.noteFr = noteFr;
		this.source = source;
	}

	/** Staff correct who took part, when, and on what evidence. */
	protected void reschedule(Country country, PartialDate startDate, PartialDate endDate, String note, String noteFr,
			String source) {
		this.country = country;
		this.startDate = startDate;
		this.endDate = endDate;
		this.note = note;
		this.noteFr = noteFr;
		this.source = source;
	}

	public Country getCountry() {
		return this.country;
	}

	public PartialDate getStartDate() {
		return this.startDate;
	}

	public PartialDate getEndDate() {
		return this.endDate;
	}

	public String getNote() {
		return this.note;
	}

	public String getNoteFr() {
		return this.noteFr;
	}

	/** The note in the reader's language, English when there is no French note. */
	public String note(Locale locale) {
		return Localized.pick(locale, this.note, this.noteFr);
	}

	public String getSource() {
		return this.source;
	}

	public boolean isCurrent() {
		return this.endDate == null;
	}

	/** The framework or programme this involvement is in. */
	public abstract CatalogueEntry getEntry();

}
