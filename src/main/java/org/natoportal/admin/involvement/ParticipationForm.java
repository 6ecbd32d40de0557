package org.natoportal.admin.involvement;

import jakarta.validation.constraints.NotBlank;
import org.natoportal.programme.Participation;

/** A country’s participation in a programme, as staff type it. */
public class ParticipationForm extends InvolvementForm {

	@NotBlank(message = "{admin.error.required}")
	private String programme;

	public static ParticipationForm from(Participation participation) {
		ParticipationForm form = new ParticipationForm();
		form.copy(participation);
		form.programme = participation.getProgramme().getCode();
		return form;
	}

	@Override
	public String entryCode() {
		return this.programme;
	}

	@Override
	public void entryCode(String code) {
		this.programme = code;
	}

	public String getProgramme() {
		return this.programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

}
