package org.natoportal.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureCounterTest {

	private static final Instant START = Instant.parse("2026-01-14T10:00:00Z");

	private final FailureCounter counter = new FailureCounter(3, Duration.ofMinutes(15), 100);

	@Test
	void refusesOnceTheLimitIsReachedUntilTheWindowHasPassed() {
		this.counter.recordFailure("alice", START);
		this.counter.recordFailure("alice", START.plusSeconds(60));
		assertThat(this.counter.refusedFor("alice", START.plusSeconds(60))).isEmpty();
		this.counter.recordFailure("alice", START.plusSeconds(120));
		assertThat(this.counter.refusedFor("alice", START.plusSeconds(120))).contains(Duration.ofMinutes(13));
		assertThat(this.counter.refusedFor("alice", START.plus(Duration.ofMinutes(15)))).isEmpty();
		assertThat(this.counter.refusedFor("bob", START)).isEmpty();
	}

	@Test
	void aFailureAfterTheWindowStartsCountingAgain() {
		for (int i = 0; i < 3; i++) {
			this.counter.recordFailure("alice", START);
		}
		this.counter.recordFailure("alice", START.plus(Duration.ofMinutes(16)));
		assertThat(this.counter.refusedFor("alice", START.plus(Duration.ofMinutes(16)))).isEmpty();
	}

	@Test
	void resetForgetsTheFailures() {
		for (int i = 0; i < 3; i++) {
			this.counter.recordFailure("alice", START);
		}
		this.counter.reset("alice");
		assertThat(this.counter.refusedFor("alice", START)).isEmpty();
	}

	@Test
	void remembersAtMostItsCapacityOfKeys() {
		for (int i = 0; i < 10_000; i++) {
			this.counter.recordFailure("invented-" + i, START);
		}
		assertThat(this.counter.size()).isEqualTo(100);
	}

}
