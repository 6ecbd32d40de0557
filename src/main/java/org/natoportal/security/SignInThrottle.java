package org.natoportal.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.natoportal.account.StaffAccount;

/**
 * Slows down password guessing: after too many failed sign-ins for one username, or from
 * one client address, further attempts are refused until the window has passed, even with
 * the right password. Spring Security has no throttle of its own; this one is fed by
 * {@link SignInEvents} and consulted by {@link SignInThrottleFilter}. In memory: the
 * counters start afresh when the application restarts, and each instance counts alone.
 */
public class SignInThrottle {

	private final FailureCounter byUser;

	private final FailureCounter byAddress;

	private volatile Clock clock;

	SignInThrottle(SignInLimits limits, Clock clock) {
		this.byUser = new FailureCounter(limits.maxFailuresPerUser(), limits.window(), limits.trackedKeys());
		this.byAddress = new FailureCounter(limits.maxFailuresPerAddress(), limits.window(), limits.trackedKeys());
		this.clock = clock;
	}

	/** How long a sign-in as this user from this address is refused, if it is. */
	Optional<Duration> refusal(String username, String address) {
		return Stream
			.of(this.byUser.refusedFor(userKey(username), this.clock.instant()),
					this.byAddress.refusedFor(address, this.clock.instant()))
			.flatMap(Optional::stream)
			.max(Duration::compareTo);
	}

	void failed(String username, String address) {
		this.byUser.recordFailure(userKey(username), this.clock.instant());
		if (address != null) {
			this.byAddress.recordFailure(address, this.clock.instant());
		}
	}

	/** A correct password clears the user's failures (not the address's). */
	void succeeded(String username) {
		this.byUser.reset(userKey(username));
	}

	/** Forgets every failure; for tests and for an operator's restart-free reset. */
	public void clear() {
		this.byUser.clear();
		this.byAddress.clear();
	}

	/** Tests move time forward through this instead of sleeping. */
	void setClock(Clock clock) {
		this.clock = clock;
	}

	private static String userKey(String username) {
		String normalized = StaffAccount.normalize(username);
		return (normalized != null) ? normalized : "";
	}

}
