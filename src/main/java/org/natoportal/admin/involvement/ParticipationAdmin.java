package org.natoportal.admin.involvement;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.natoportal.admin.Option;
import org.natoportal.admin.RecordType;
import org.natoportal.admin.References;
import org.natoportal.programme.Participation;
import org.natoportal.programme.ParticipationRepository;
import org.natoportal.programme.Programme;

import org.springframework.stereotype.Service;

/** Programme participations in the staff area. */
@Service
class ParticipationAdmin extends InvolvementAdmin<Participation, ParticipationForm> {

	ParticipationAdmin(ParticipationRepository participations, ParticipationAdminRepository reads,
			References references) {
		super(RecordType.PARTICIPATION, participations, reads, references, "programme");
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
	protected Optional<Programme> entryOf(String code) {
		return this.references.programme(code);
	}

	@Override
	protected List<Option> entryOptions(Locale locale) {
		return this.references.programmeOptions(locale);
	}

	@Override
	protected Participation build(ParticipationForm form) {
		return new Participation(country(form), entryOf(form.getProgramme()).orElseThrow(), start(form), end(form),
				form.getNote(), form.getSource());
	}

	@Override
	protected void apply(ParticipationForm form, Participation participation) {
		participation.revise(country(form), entryOf(form.getProgramme()).orElseThrow(), start(form), end(form),
				form.getNote(), form.getSource());
	}

}
