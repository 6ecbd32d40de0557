package org.natoportal.shared;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Source citations: a fact may cite several, separated by " | ". */
public final class Sources {

	private Sources() {
	}

	public static List<String> split(String source) {
		if (source == null || source.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(source.split("\\s+\\|\\s+"))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.toList();
	}

	/**
	 * The distinct sources cited by the given citations, in order of first appearance.
	 */
	public static List<String> distinct(Collection<String> citations) {
		Set<String> sources = new LinkedHashSet<>();
		citations.forEach((citation) -> sources.addAll(split(citation)));
		return List.copyOf(sources);
	}

	/**
	 * Whether the source is a web address a reader can follow, rather than a document
	 * name.
	 */
	public static boolean isLink(String source) {
		return source != null && (source.startsWith("https://") || source.startsWith("http://"));
	}

}
