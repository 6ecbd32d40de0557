package org.natoportal.admin.involvement;

import jakarta.validation.constraints.NotBlank;
import org.natoportal.framework.Membership;

/** A country's membership of a framework, as staff type it. */
public class MembershipForm extends InvolvementForm {

	@NotBlank(message = "{admin.error.required}")
	private String framework;

	public static MembershipForm from(Membership membership) {
		MembershipForm form = new MembershipForm();
		form.copy(membership);
		form.framework = membership.getFramework().getCode();
		return form;
	}

	@Override
	public String entryCode() {
		return this.framework;
	}

	@Override
	public void entryCode(String code) {
		this.framework = code;
	}

	public String getFramework() {
		return this.framework;
	}

	public void setFramework(String framework) {
		this.framework = framework;
	}

}
