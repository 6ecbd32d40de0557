package org.natoportal.history;

/**
 * A restore or revert that cannot be done, with the bundle message that tells staff why.
 */
public class RestoreRefusedException extends RuntimeException {

	private final String messageCode;

	private final transient Object[] arguments;

	RestoreRefusedException(String messageCode, Object... arguments) {
		super(messageCode);
		this.messageCode = messageCode;
		this.arguments = arguments;
	}

	public String getMessageCode() {
		return this.messageCode;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

}
