package org.natoportal.admin.operation;

import java.util.Optional;

import org.natoportal.admin.AdminRepository;
import org.natoportal.operation.Contribution;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;

interface ContributionAdminRepository extends AdminRepository<Contribution> {

	@Override
	@EntityGraph(attributePaths = { "country" })
	Page<Contribution> findAll(Specification<Contribution> specification, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "country" })
	Optional<Contribution> findWithReferencesById(Long id);

}
