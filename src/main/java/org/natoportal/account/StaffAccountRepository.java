package org.natoportal.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;

public interface StaffAccountRepository
		extends JpaRepository<StaffAccount, Long>, JpaSpecificationExecutor<StaffAccount> {

	Optional<StaffAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	/**
	 * The enabled administrators, locked until the transaction ends: two administrators
	 * demoting each other at the same moment cannot leave the portal without one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<StaffAccount> findByRoleAndEnabledTrueOrderById(StaffRole role);

}
