package org.natoportal.timeline;

import java.util.List;

import org.natoportal.country.Country;
import org.natoportal.framework.Framework;
import org.natoportal.programme.Programme;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface TimelineEventRepository
		extends JpaRepository<TimelineEvent, Long>, JpaSpecificationExecutor<TimelineEvent> {

	@EntityGraph(attributePaths = { "framework", "programme" })
	List<TimelineEvent> findByCountryOrderByDateAscIdAsc(Country country);

	@EntityGraph(attributePaths = { "country", "framework", "programme" })
	List<TimelineEvent> findByFrameworkOrderByDateAscIdAsc(Framework framework);

	@EntityGraph(attributePaths = { "country", "framework", "programme" })
	List<TimelineEvent> findByProgrammeOrderByDateAscIdAsc(Programme programme);

	@EntityGraph(attributePaths = { "country", "framework", "programme" })
	@Query("select e from TimelineEvent e where e.date is not null order by e.date desc, e.id desc")
	List<TimelineEvent> findLatest(Limit limit);

}
