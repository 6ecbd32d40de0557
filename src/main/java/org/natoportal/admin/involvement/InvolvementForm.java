package org.natoportal.admin.involvement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.natoportal.admin.AdminForm;
import org.natoportal.shared.Involvement;

/**
 * A membership or participation as staff type it: the country by ISO code, dates as typed
 * ("1994", "2021-02", "2021-01-14"), a note in English and French and the source that is
 * required of every fact.
 */
public abstract class InvolvementForm extends AdminForm {

	@NotBlank(message = "{admin.error.required}")
	private String country;

	@NotBlank(message = "{admin.error.required}")
	private String startDate;

	private String endDate;

	private String noteEn;

	private String noteFr;

	@NotBlank(message = "{admin.error.required}")
	@Size(max = 1000, message = "{admin.error.size}")
	private String source;

	/** The framework or programme code the form names. */
	public abstract String entryCode();

	public abstract void entryCode(String code);

	protected void copy(Involvement involvement) {
		setVersion(involvement.getVersion());
		this.country = involvement.getCountry().getIso3();
		this.startDate = (involvement.getStartDate() != null) ? involvement.getStartDate().iso() : null;
		this.endDate = (involvement.getEndDate() != null) ? involvement.getEndDate().iso() : null;
		this.noteEn = involvement.getNote();
		this.noteFr = involvement.getNoteFr();
		this.source = involvement.getSource();
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getStartDate() {
		return this.startDate;
	}

	public void setStartDate(String startDate) {
		this.startDate = startDate;
	}

	public String getEndDate() {
		return this.endDate;
	}

	public void setEndDate(String endDate) {
		this.endDate = endDate;
	}

	public String getNoteEn() {
		return this.noteEn;
	}

	public void setNoteEn(String noteEn) {
		this.noteEn = noteEn;
	}

	public String getNoteFr() {
		return this.noteFr;
	}

	public void setNoteFr(String noteFr) {
		this.noteFr = noteFr;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
