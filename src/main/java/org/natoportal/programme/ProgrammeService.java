package org.natoportal.programme;

import java.util.List;
import java.util.Locale;

import org.natoportal.system.NotFoundException;
import org.natoportal.timeline.TimelineEventRepository;
import org.natoportal.timeline.TimelineYear;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads partnership programmes with their participants. */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

	private final ProgrammeRepository programmes;

	private final ParticipationRepository participations;

	private final TimelineEventRepository events;

	ProgrammeService(ProgrammeRepository programmes, ParticipationRepository participations,
			TimelineEventRepository events) {
		this.programmes = programmes;
		this.participations = participations;
		this.events = events;
	}

	/** All programmes by code. */
	public List<Programme> all() {
		return this.programmes.findAllByOrderByCodeAsc();
	}

	/** The page of the programme whose code (any case) is given. */
	public ProgrammePage page(String code) {
		Programme programme = this.programmes.findByCode(code.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("programme", code));
		List<Participation> participations = this.participations.findByProgrammeOrderByStartDateAscIdAsc(programme);
		long current = participations.stream()
			.filter(Participation::isCurrent)
			.map((p) -> p.getCountry().getId())
			.distinct()
			.count();
		return new ProgrammePage(programme, participations, current,
				TimelineYear.group(this.events.findByProgrammeOrderByDateAscIdAsc(programme)));
	}

}
