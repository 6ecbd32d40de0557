package org.natoportal.country;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CountryRepository extends JpaRepository<Country, Long>, JpaSpecificationExecutor<Country> {

	Optional<Country> findBySlug(String slug);

	@Query("select distinct c.region from Country c order by c.region")
	List<String> findRegions();

}
