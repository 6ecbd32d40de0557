package org.natoportal.admin.involvement;

import java.util.Optional;

import org.natoportal.admin.AdminRepository;
import org.natoportal.framework.Membership;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;

interface MembershipAdminRepository extends AdminRepository<Membership> {

	@Override
	@EntityGraph(attributePaths = { "country", "framework" })
	Page<Membership> findAll(Specification<Membership> specification, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "country", "framework" })
	Optional<Membership> findWithReferencesById(Long id);

}
