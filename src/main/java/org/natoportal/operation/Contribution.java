package org.natoportal.operation;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.natoportal.country.Country;
import org.natoportal.shared.BaseEntity;
import org.natoportal.shared.Localized;
import org.natoportal.shared.PartialDate;

/** A country's contribution to a NATO-led operation or mission. */
@Entity
@Audited
public class Contribution extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_id")
	private Country country;

	/** The English name; the column keeps its original name {@code operation}. */
	private String operation;

	private String operationFr;

	private PartialDate startDate;

	private PartialDate endDate;

	/**
	 * The largest deployment the sources report: often one snapshot, not a checked
	 * maximum.
	 */
	private Integer peakPersonnel;

	private String source;

	protected Contribution() {
	}

	public Contribution(Country country, String operation, String operationFr, PartialDate startDate,
			PartialDate endDate, Integer peakPersonnel, String source) {
		this.country = country;
		this.operation = operation;
		this.operationFr = operationFr;
		this.startDate = startDate;
		this.endDate = endDate;
		this.peakPersonnel = peakPersonnel;
		this.source = source;
	}

	public void revise(Country country, String operation, String operationFr, PartialDate startDate,
			PartialDate endDate, Integer peakPersonnel, String source) {
		this.country = country;
		this.operation = operation;
		this.operationFr = operationFr;
		this.startDate = startDate;
		this.endDate = endDate;
		this.peakPersonnel = peakPersonnel;
		this.source = source;
	}

	public Country getCountry() {
		return this.country;
	}

	public String getOperation() {
		return this.operation;
	}

	public String getOperationFr() {
		return this.operationFr;
	}

	/**
	 * The operation's name in the reader's language, English when there is no French
	 * name.
	 */
	public String operation(Locale locale) {
		return Localized.pick(locale, this.operation, this.operationFr);
	}

	public PartialDate getStartDate() {
		return this.startDate;
	}

	public PartialDate getEndDate() {
		return this.endDate;
	}

	public Integer getPeakPersonnel() {
		return this.peakPersonnel;
	}

	public String getSource() {
		return this.source;
	}

}
