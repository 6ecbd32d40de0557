package org.natoportal.admin.involvement;

import java.util.Optional;

import org.natoportal.admin.AdminRepository;
import org.natoportal.programme.Participation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;

interface ParticipationAdminRepository extends AdminRepository<Participation> {

	@Override
	@EntityGraph(attributePaths = { "country", "programme" })
	Page<Participation> findAll(Specification<Participation> specification, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "country", "programme" })
	Optional<Participation> findWithReferencesById(Long id);

}
