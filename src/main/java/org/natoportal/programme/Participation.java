package org.natoportal.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.natoportal.country.Country;
import org.natoportal.shared.Involvement;
import org.natoportal.shared.PartialDate;

/** A period during which a country took part in a programme. */
@Entity
@Audited
public class Participation extends Involvement {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id")
	private Programme programme;

	protected Participation() {
	}

	public Participation(Country country, Programme programme, PartialDate startDate, PartialDate endDate, String note,
			String noteFr, String source) {
		super(country, startDate, endDate, note, noteFr, source);
		this.programme = programme;
	}

	public void revise(Country country, Programme programme, PartialDate startDate, PartialDate endDate, String note,
			String noteFr, String source) {
		reschedule(country, startDate, endDate, note, noteFr, source);
		this.programme = programme;
	}

	public Programme getProgramme() {
		return this.programme;
	}

	@Override
	public Programme getEntry() {
		return this.programme;
	}

}
