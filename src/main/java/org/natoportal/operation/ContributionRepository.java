package org.natoportal.operation;

import java.util.List;

import org.natoportal.country.Country;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContributionRepository extends JpaRepository<Contribution, Long> {

	List<Contribution> findByCountryOrderByStartDateAscOperationAsc(Country country);

}
