package org.natoportal.operation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.natoportal.country.Country;
import org.natoportal.shared.BaseEntity;
import org.natoportal.shared.PartialDate;

/** A country's contribution to a NATO-led operation or mission. */
@Entity
@Audited
public class Contribution extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_id")
	private Country country;

	private String operation;

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

	public Contribution(Country country, String operation, PartialDate startDate, PartialDate endDate,
			Integer peakPersonnel, String source) {
		this.country = country;
		this.operation = operation;
		this.startDate = startDate;
		this.endDate = endDate;
		this.peakPersonnel = peakPersonnel;
		this.source = source;
	}

	public void revise(Country country, String operation, PartialDate startDate, PartialDate endDate,
			Integer peakPersonnel, String source) {
		this.country = country;
		this.operation = operation;
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
