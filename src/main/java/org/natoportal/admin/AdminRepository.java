package org.natoportal.admin;

import java.util.Optional;

import org.natoportal.shared.BaseEntity;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * The reads of an admin area whose records point to others: each sub-interface declares
 * with {@code @EntityGraph} which references a list page and an edit page fetch in the
 * same query (the count query of a page stays without joins).
 */
@NoRepositoryBean
public interface AdminRepository<E extends BaseEntity> extends Repository<E, Long>, JpaSpecificationExecutor<E> {

	@Override
	Page<E> findAll(Specification<E> specification, Pageable pageable);

	Optional<E> findWithReferencesById(Long id);

}
