package org.natoportal.imports;

import java.util.List;

/**
 * An upload that cannot be read as a report at all: empty, not UTF-8, not CSV, or with
 * columns that do not match. Each problem is a message key of the imports bundle with its
 * arguments.
 */
class ImportFileException extends RuntimeException {

	private final List<Problem> problems;

	ImportFileException(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	ImportFileException(String key, Object... arguments) {
		this(List.of(new Problem(key, arguments)));
	}

	List<Problem> problems() {
		return this.problems;
	}

	record Problem(String key, Object... arguments) {

	}

}
