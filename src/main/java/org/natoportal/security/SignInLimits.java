package org.natoportal.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are allowed before the sign-in form refuses further attempts
 * ({@code portal.security.sign-in.*}).
 *
 * @param maxFailuresPerUser failures for one username within the window
 * @param maxFailuresPerAddress failures from one client address within the window,
 * whatever the usernames tried
 * @param window how long failures are remembered, counted from the first one
 * @param trackedKeys how many usernames and how many addresses are remembered at most, so
 * that a flood of invented names cannot exhaust memory
 */
@ConfigurationProperties("portal.security.sign-in")
record SignInLimits(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("20") int maxFailuresPerAddress,
		@DefaultValue("15m") Duration window, @DefaultValue("10000") int trackedKeys) {

}
