package org.natoportal.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The first start, against an empty account table: each test empties it inside a
 * transaction that is rolled back afterwards, so the accounts of the test database stay
 * as they were.
 */
@PortalIntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

	private static final Pattern LOGGED_PASSWORD = Pattern
		.compile("with the password (\\S+) \\(shown only this once\\)");

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@BeforeEach
	void startWithNoAccount() {
		this.accounts.deleteAllInBatch();
	}

	@Test
	void createsTheAdministratorNamedByTheEnvironmentWithoutLoggingThePassword(CapturedOutput output) {
		firstStart("Chief.Admin", "a long enough first secret");
		StaffAccount admin = this.accounts.findByUsername("chief.admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(StaffRole.ADMIN);
		assertThat(admin.isEnabled()).isTrue();
		assertThat(this.passwordEncoder.matches("a long enough first secret", admin.getPasswordHash())).isTrue();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
		assertThat(output).contains("administrator 'chief.admin' was created from PORTAL_ADMIN_USERNAME")
			.doesNotContain("a long enough first secret");
	}

	@Test
	void withoutAPasswordGeneratesOneAndLogsItExactlyOnce(CapturedOutput output) {
		firstStart("", "");
		StaffAccount admin = this.accounts.findByUsername("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(StaffRole.ADMIN);
		Matcher logged = LOGGED_PASSWORD.matcher(output.getAll());
		assertThat(logged.find()).as("the generated password in the log").isTrue();
		String password = logged.group(1);
		assertThat(password).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
		assertThat(this.passwordEncoder.matches(password, admin.getPasswordHash())).isTrue();
		assertThat(output.getAll().split(Pattern.quote(password), -1)).as("times the password appears").hasSize(2);
	}

	@Test
	void generatesADifferentPasswordEachTime(CapturedOutput output) {
		firstStart("", "");
		this.accounts.deleteAllInBatch();
		firstStart("", "");
		Matcher logged = LOGGED_PASSWORD.matcher(output.getAll());
		assertThat(logged.find()).isTrue();
		String first = logged.group(1);
		assertThat(logged.find()).isTrue();
		assertThat(logged.group(1)).isNotEqualTo(first);
	}

	@Test
	void doesNothingOnceAnAccountExists(CapturedOutput output) {
		this.accounts.save(new StaffAccount("test.existing", null, "{noop}irrelevant", StaffRole.EDITOR));
		firstStart("chief", "a long enough first secret");
		assertThat(this.accounts.count()).isEqualTo(1);
		assertThat(this.accounts.findByUsername("chief")).isEmpty();
		assertThat(output).doesNotContain("was created");
	}

	@Test
	void refusesToStartWithAnUnusableEnvironmentPasswordOrUsername() {
		assertThatIllegalStateException().isThrownBy(() -> firstStart("chief", "tiny-secret"))
			.withMessageContaining("PORTAL_ADMIN_PASSWORD")
			.withMessageContaining("at least 12 characters")
			.withMessageNotContaining("tiny-secret");
		assertThatIllegalStateException().isThrownBy(() -> firstStart("chief admin", "a long enough first secret"))
			.withMessageContaining("PORTAL_ADMIN_USERNAME");
		assertThat(this.accounts.count()).isZero();
	}

	private void firstStart(String username, String password) {
		new FirstAdministrator(this.accounts, this.passwordEncoder, username, password)
			.run(new DefaultApplicationArguments());
	}

}
