package org.natoportal.admin.involvement;

import java.util.Map;

import org.natoportal.admin.RecordType;
import org.natoportal.admin.References;
import org.natoportal.programme.Participation;
import org.natoportal.programme.ParticipationRepository;
import org.natoportal.programme.Programme;

import org.springframework.stereotype.Service;

/** Programme participations in the staff area. */
@Service
class ParticipationAdmin extends InvolvementAdmin<Participation, ParticipationForm, Programme> {

	ParticipationAdmin(ParticipationRepository participations, ParticipationAdminRepository reads,
			References references) {
		super(RecordType.PARTICIPATION, participations, reads, references, "programme", references::programme,
				references::programmeOptions);
	}

	@Override
	public ParticipationForm newForm(Map<String, String> params) {
		return prefill(new ParticipationForm(), params);
	}

	@Override
	public ParticipationForm formOf(Participation participation) {
		return ParticipationForm.from(participation);
	}

	@Override
	protected Participation build(ParticipationForm form) {
		return new Participation(country(form), entry(form).orElseThrow(), start(form), end(form), form.getNoteEn(),
				form.getNoteFr(), form.getSource());
	}

	@Override
	protected void apply(ParticipationForm form, Participation participation) {
		participation.revise(country(form), entry(form).orElseThrow(), start(form), end(form), form.getNoteEn(),
				form.getNoteFr(), form.getSource());
	}

}
