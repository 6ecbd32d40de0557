package org.natoportal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failures per key (a username or an address) in a fixed window that opens with
 * the first failure. Bounded: beyond {@code capacity} keys the least recently touched is
 * forgotten, so invented usernames cannot grow it without limit; an attacker spraying
 * names from one address still meets that address's own counter.
 */
final class FailureCounter {

	private final int limit;

	private final Duration window;

	private final Map<String, Failures> failures;

	FailureCounter(int limit, Duration window, int capacity) {
		this.limit = limit;
		this.window = window;
		this.failures = new LinkedHashMap<>(64, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
				return size() > capacity;
			}

		};
	}

	synchronized void recordFailure(String key, Instant now) {
		Failures current = this.failures.get(key);
		if (current == null || current.isOver(now, this.window)) {
			this.failures.put(key, new Failures(now, 1));
		}
		else {
			this.failures.put(key, new Failures(current.since(), current.count() + 1));
		}
	}

	/** How long the key stays refused, when it has reached the limit. */
	synchronized Optional<Duration> refusedFor(String key, Instant now) {
		Failures current = this.failures.get(key);
		if (current == null || current.isOver(now, this.window) || current.count() < this.limit) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, current.since().plus(this.window)));
	}

	synchronized void reset(String key) {
		this.failures.remove(key);
	}

	synchronized void clear() {
		this.failures.clear();
	}

	synchronized int size() {
		return this.failures.size();
	}

	private record Failures(Instant since, int count) {

		boolean isOver(Instant now, Duration window) {
			return !now.isBefore(this.since.plus(window));
		}

	}

}
