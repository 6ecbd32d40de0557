package org.natoportal.export;

import org.natoportal.programme.Participation;
import org.natoportal.shared.CatalogueEntry;
import org.natoportal.shared.FilterValues;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Who takes or took part in which programme, and when. */
@Component
@Order(3)
class ParticipationsReport extends InvolvementReport<Participation> {

	ParticipationsReport(FilterValues values) {
		super(Participation.class, "programme", values);
	}

	@Override
	public String name() {
		return "programme-participations";
	}

	@Override
	public String example() {
		return "programme=bi&region=central-asia";
	}

	@Override
	CatalogueEntry resolveEntry(FilterValues values, String code) {
		return values.programme("programme", code);
	}

}
