package org.natoportal.admin.catalogue;

import java.util.List;
import java.util.Map;

import org.natoportal.admin.RecordType;
import org.natoportal.programme.Programme;
import org.natoportal.programme.ProgrammeRepository;
import org.natoportal.programme.Participation;
import org.natoportal.programme.ParticipationRepository;
import org.natoportal.timeline.TimelineEvent;
import org.natoportal.timeline.TimelineEventRepository;

import org.springframework.stereotype.Service;

/** Cooperation programmes in the staff area. */
@Service
class ProgrammeAdmin extends CatalogueAdmin<Programme, ProgrammeForm> {

	private final ParticipationRepository participations;

	private final TimelineEventRepository events;

	ProgrammeAdmin(ProgrammeRepository programmes, ProgrammeAdminRepository reads,
			ParticipationRepository participations, TimelineEventRepository events) {
		super(RecordType.PROGRAMME, programmes, reads, RecordType.PARTICIPATION, "launchedYear");
		this.participations = participations;
		this.events = events;
	}

	@Override
	public ProgrammeForm newForm(Map<String, String> params) {
		return new ProgrammeForm();
	}

	@Override
	public ProgrammeForm formOf(Programme programme) {
		return ProgrammeForm.from(programme);
	}

	@Override
	public String publicUrl(Programme programme) {
		return "/programmes/" + programme.getSlug();
	}

	@Override
	protected List<Participation> involvements(Programme programme) {
		return this.participations.findByProgrammeOrderByStartDateAscIdAsc(programme);
	}

	@Override
	protected void deleteInvolvements(Programme programme) {
		this.participations.deleteAll(involvements(programme));
	}

	@Override
	protected List<TimelineEvent> events(Programme programme) {
		return this.events.findByProgrammeOrderByDateAscIdAsc(programme);
	}

	@Override
	protected void unlink(TimelineEvent event) {
		event.linkTo(event.getFramework(), null);
	}

	@Override
	protected Programme build(ProgrammeForm form) {
		return form.toProgramme();
	}

	@Override
	protected void apply(ProgrammeForm form, Programme programme) {
		form.applyTo(programme);
	}

}
