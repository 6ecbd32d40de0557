package org.natoportal.system;

/**
 * A request parameter holds a value the portal cannot use (an unknown framework code, a
 * year range that ends before it starts); shown as a 400 page naming the parameter.
 */
public class InvalidFilterException extends RuntimeException {

	private final String parameter;

	private final String value;

	public InvalidFilterException(String parameter, String value) {
		super("Invalid value '" + value + "' for parameter '" + parameter + "'");
		this.parameter = parameter;
		this.value = value;
	}

	public String getParameter() {
		return this.parameter;
	}

	public String getValue() {
		return this.value;
	}

}
