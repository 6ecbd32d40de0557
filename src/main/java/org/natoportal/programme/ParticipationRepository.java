package org.natoportal.programme;

import java.util.Collection;
import java.util.List;

import org.natoportal.country.Country;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipationRepository extends JpaRepository<Participation, Long> {

	@EntityGraph(attributePaths = "programme")
	List<Participation> findByCountryOrderByStartDateAsc(Country country);

	@EntityGraph(attributePaths = "programme")
	List<Participation> findByCountryInOrderByStartDateAsc(Collection<Country> countries);

	@EntityGraph(attributePaths = "country")
	List<Participation> findByProgrammeOrderByStartDateAscIdAsc(Programme programme);

}
