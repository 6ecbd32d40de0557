package org.natoportal.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

	Optional<Programme> findByCode(String code);

	List<Programme> findAllByOrderByCodeAsc();

}
