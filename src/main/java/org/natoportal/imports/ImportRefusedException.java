package org.natoportal.imports;

/** An apply refused as a whole: nothing was written. The message is a bundle key. */
class ImportRefusedException extends RuntimeException {

	ImportRefusedException(String key) {
		super(key);
	}

}
