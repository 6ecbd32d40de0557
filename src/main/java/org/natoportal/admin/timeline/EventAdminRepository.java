package org.natoportal.admin.timeline;

import java.util.Optional;

import org.natoportal.admin.AdminRepository;
import org.natoportal.timeline.TimelineEvent;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;

interface EventAdminRepository extends AdminRepository<TimelineEvent> {

	@Override
	@EntityGraph(attributePaths = { "country", "framework", "programme" })
	Page<TimelineEvent> findAll(Specification<TimelineEvent> specification, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "country", "framework", "programme" })
	Optional<TimelineEvent> findWithReferencesById(Long id);

}
