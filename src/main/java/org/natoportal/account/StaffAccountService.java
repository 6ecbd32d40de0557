package org.natoportal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.natoportal.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes staff accounts under the rules: unique usernames of the
 * allowed form, passwords of {@link PasswordPolicy}, no administrator removing their own
 * access, and always at least one enabled administrator. Every change is logged with who
 * made it.
 */
@Service
class StaffAccountService {

	private static final Logger logger = LoggerFactory.getLogger(StaffAccountService.class);

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final SessionRegistry sessions;

	StaffAccountService(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, SessionRegistry sessions) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	Page<StaffAccount> search(StaffAccountFilter filter) {
		return this.accounts.findAll(filter.specification(), filter.pageable());
	}

	@Transactional(readOnly = true)
	StaffAccount get(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("users", Long.toString(id)));
	}

	/** Every rule a new account breaks, at most one per field. */
	@Transactional(readOnly = true)
	List<RuleViolation> checkNew(StaffAccountForm form) {
		List<RuleViolation> problems = new ArrayList<>();
		UsernamePolicy.check("username", form.getUsername())
			.or(() -> taken(form.getUsername()))
			.ifPresent(problems::add);
		PasswordPolicy.check("password", form.getUsername(), form.getPassword()).ifPresent(problems::add);
		return problems;
	}

	@Transactional
	StaffAccount create(StaffAccountForm form, String actor) {
		refuseIfAny(checkNew(form));
		StaffAccount account = new StaffAccount(form.getUsername(), form.displayNameOrNull(),
				this.passwordEncoder.encode(form.getPassword()), form.getRole());
		account.setEnabled(form.isEnabled());
		try {
			account = this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			// Created by someone else since the check above.
			throw new AccountRulesException(new RuleViolation("username", "account.username.taken"));
		}
		logger.info("Staff account '{}' ({}) created by '{}'", account.getUsername(), account.getRole(), actor);
		return account;
	}

	/** Every rule an edit breaks, before anything is locked or changed. */
	@Transactional(readOnly = true)
	List<RuleViolation> checkEdit(StaffAccount account, StaffAccountForm form, String actor) {
		List<RuleViolation> problems = new ArrayList<>();
		if (form.hasPassword()) {
			PasswordPolicy.check("password", account.getUsername(), form.getPassword()).ifPresent(problems::add);
		}
		if (isSelf(account, actor)) {
			if (form.getRole() != StaffRole.ADMIN) {
				problems.add(new RuleViolation("role", "account.self.demote"));
			}
			if (!form.isEnabled()) {
				problems.add(new RuleViolation("enabled", "account.self.disable"));
			}
		}
		return problems;
	}

	@Transactional
	StaffAccount update(long id, StaffAccountForm form, String actor) {
		StaffAccount account = get(id);
		if (account.getVersion() != form.getVersion()) {
			throw new StaleAccountException(account.getUsername());
		}
		refuseIfAny(checkEdit(account, form, actor));
		if (isActiveAdministrator(account) && (form.getRole() != StaffRole.ADMIN || !form.isEnabled())) {
			requireAnotherAdministrator(account, (form.getRole() != StaffRole.ADMIN) ? "role" : "enabled",
					(form.getRole() != StaffRole.ADMIN) ? "account.lastAdmin.demote" : "account.lastAdmin.disable");
		}
		boolean accessChanged = account.getRole() != form.getRole() || account.isEnabled() != form.isEnabled()
				|| form.hasPassword();
		account.setDisplayName(form.displayNameOrNull());
		account.setRole(form.getRole());
		account.setEnabled(form.isEnabled());
		if (form.hasPassword()) {
			account.setPasswordHash(this.passwordEncoder.encode(form.getPassword()));
		}
		account = this.accounts.saveAndFlush(account);
		logger.info("Staff account '{}' changed by '{}': role {}, {}{}", account.getUsername(), actor,
				account.getRole(), account.isEnabled() ? "enabled" : "disabled",
				form.hasPassword() ? ", password reset" : "");
		if (accessChanged) {
			endSessions(account.getUsername(), null);
		}
		return account;
	}

	@Transactional
	void delete(long id, long version, String actor) {
		StaffAccount account = get(id);
		if (account.getVersion() != version) {
			throw new StaleAccountException(account.getUsername());
		}
		if (isSelf(account, actor)) {
			throw new AccountRulesException(new RuleViolation(null, "account.self.delete"));
		}
		if (isActiveAdministrator(account)) {
			requireAnotherAdministrator(account, null, "account.lastAdmin.delete");
		}
		this.accounts.delete(account);
		this.accounts.flush();
		endSessions(account.getUsername(), null);
		logger.info("Staff account '{}' deleted by '{}'", account.getUsername(), actor);
	}

	/**
	 * A staff member changes their own password, proving it is them with the current one;
	 * their other sessions (another browser, a forgotten computer) end.
	 */
	@Transactional
	void changePassword(String username, PasswordChangeForm form, String currentSessionId) {
		StaffAccount account = this.accounts.findByUsername(StaffAccount.normalize(username))
			.orElseThrow(() -> new NotFoundException("users", username));
		List<RuleViolation> problems = new ArrayList<>();
		if (form.getCurrentPassword() == null
				|| !this.passwordEncoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
			problems.add(new RuleViolation("currentPassword", "account.password.currentWrong"));
		}
		PasswordPolicy.check("newPassword", account.getUsername(), form.getNewPassword())
			.or(() -> (form.getNewPassword().equals(form.getConfirmation())) ? Optional.empty()
					: Optional.of(new RuleViolation("confirmation", "account.password.mismatch")))
			.ifPresent(problems::add);
		refuseIfAny(problems);
		account.setPasswordHash(this.passwordEncoder.encode(form.getNewPassword()));
		endSessions(account.getUsername(), currentSessionId);
		logger.info("Staff account '{}' changed its own password", account.getUsername());
	}

	/**
	 * Ends the account's sessions but the one given; its next request goes to sign-in.
	 */
	private void endSessions(String username, String keptSessionId) {
		this.sessions.getAllPrincipals()
			.stream()
			.filter((principal) -> principal instanceof UserDetails user && user.getUsername().equals(username))
			.flatMap((principal) -> this.sessions.getAllSessions(principal, false).stream())
			.filter((session) -> !session.getSessionId().equals(keptSessionId))
			.forEach(SessionInformation::expireNow);
	}

	private Optional<RuleViolation> taken(String username) {
		return this.accounts.existsByUsername(StaffAccount.normalize(username))
				? Optional.of(new RuleViolation("username", "account.username.taken")) : Optional.empty();
	}

	private void requireAnotherAdministrator(StaffAccount account, String field, String code) {
		boolean another = this.accounts.findByRoleAndEnabledTrueOrderById(StaffRole.ADMIN)
			.stream()
			.anyMatch((admin) -> !admin.getId().equals(account.getId()));
		if (!another) {
			throw new AccountRulesException(new RuleViolation(field, code));
		}
	}

	private static void refuseIfAny(List<RuleViolation> problems) {
		if (!problems.isEmpty()) {
			throw new AccountRulesException(problems);
		}
	}

	private static boolean isActiveAdministrator(StaffAccount account) {
		return account.getRole() == StaffRole.ADMIN && account.isEnabled();
	}

	private static boolean isSelf(StaffAccount account, String actor) {
		return account.getUsername().equals(StaffAccount.normalize(actor));
	}

}
