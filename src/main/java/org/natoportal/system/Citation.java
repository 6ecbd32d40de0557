package org.natoportal.system;

import java.util.Collection;
import java.util.List;

import org.natoportal.shared.Sources;

/**
 * A source as the reader sees it: a web address to follow, a document of the bundled data
 * set ({@code seed:003_….txt}), or plain text.
 *
 * @param text what to show
 * @param href the address to link to, or null when the source is not a web page
 * @param document whether the source is a document of the bundled data set
 */
public record Citation(String text, String href, boolean document) {

	private static final String DOCUMENT_PREFIX = "seed:";

	public static Citation of(String source) {
		if (Sources.isLink(source)) {
			return new Citation(source, source, false);
		}
		if (source.startsWith(DOCUMENT_PREFIX)) {
			return new Citation(source.substring(DOCUMENT_PREFIX.length()), null, true);
		}
		return new Citation(source, null, false);
	}

	/** The citations of the given source fields, each of which may cite several. */
	public static List<Citation> of(Collection<String> sources) {
		return Sources.distinct(sources).stream().map(Citation::of).toList();
	}

}
