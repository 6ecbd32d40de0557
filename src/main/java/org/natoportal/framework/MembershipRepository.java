package org.natoportal.framework;

import java.util.Collection;
import java.util.List;

import org.natoportal.country.Country;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

	@EntityGraph(attributePaths = "framework")
	List<Membership> findByCountryOrderByStartDateAsc(Country country);

	@EntityGraph(attributePaths = "framework")
	List<Membership> findByCountryInOrderByStartDateAsc(Collection<Country> countries);

	@EntityGraph(attributePaths = "country")
	List<Membership> findByFrameworkOrderByStartDateAscIdAsc(Framework framework);

	/**
	 * Current members of each framework: framework id and count of countries whose
	 * membership is open.
	 */
	@Query("select m.framework.id, count(distinct m.country.id) from Membership m where m.endDate is null group by m.framework.id")
	List<Object[]> countCurrentMembersByFramework();

}
