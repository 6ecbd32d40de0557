package org.natoportal.framework;

/** A framework with the number of countries that belong to it today. */
public record FrameworkSummary(Framework framework, long currentMembers) {

}
