package org.natoportal.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.natoportal.country.Country;
import org.natoportal.shared.Involvement;
import org.natoportal.shared.PartialDate;

/** A period during which a country belonged to a framework. */
@Entity
@Audited
public class Membership extends Involvement {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "framework_id")
	private Framework framework;

	protected Membership() {
	}

	public Membership(Country country, Framework framework, PartialDate startDate, PartialDate endDate, String note,
			String noteFr, String source) {
		super(country, startDate, endDate, note, noteFr, source);
		this.framework = framework;
	}

	public void revise(Country country, Framework framework, PartialDate startDate, PartialDate endDate, String note,
			String noteFr, String source) {
		reschedule(country, startDate, endDate, note, noteFr, source);
		this.framework = framework;
	}

	public Framework getFramework() {
		return this.framework;
	}

	@Override
	public Framework getEntry() {
		return this.framework;
	}

}
