package org.natoportal.admin.catalogue;

import org.natoportal.admin.RecordType;
import org.natoportal.programme.Participation;
import org.natoportal.programme.ParticipationRepository;
import org.natoportal.programme.Programme;
import org.natoportal.programme.ProgrammeRepository;
import org.natoportal.timeline.TimelineEventRepository;

import org.springframework.stereotype.Service;

/** Cooperation programmes in the staff area. */
@Service
class ProgrammeAdmin extends CatalogueAdmin<Programme, ProgrammeForm, Participation> {

	ProgrammeAdmin(ProgrammeRepository programmes, ProgrammeAdminRepository reads,
			ParticipationRepository participations, TimelineEventRepository events) {
		super(RecordType.PROGRAMME, programmes, reads, "launchedYear", ProgrammeForm::new, ProgrammeForm::from,
				new Uses<>(RecordType.PARTICIPATION, participations,
						participations::findByProgrammeOrderByStartDateAscIdAsc,
						events::findByProgrammeOrderByDateAscIdAsc,
						(event) -> event.linkTo(event.getFramework(), null)));
	}

}
