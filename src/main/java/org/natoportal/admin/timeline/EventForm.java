package org.natoportal.admin.timeline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.natoportal.admin.AdminForm;
import org.natoportal.timeline.EventKind;
import org.natoportal.timeline.TimelineEvent;

/**
 * A timeline event as staff type it. The country is left empty for an Alliance-wide
 * event, the date when the source gives none; framework and programme are optional links.
 */
public class EventForm extends AdminForm {

	private String country;

	private String date;

	@NotNull(message = "{admin.error.required}")
	private EventKind kind;

	@NotBlank(message = "{admin.error.required}")
	private String titleEn;

	private String titleFr;

	private String descriptionEn;

	private String descriptionFr;

	private String framework;

	private String programme;

	@NotBlank(message = "{admin.error.required}")
	@Size(max = 1000, message = "{admin.error.size}")
	private String source;

	public static EventForm from(TimelineEvent event) {
		EventForm form = new EventForm();
		form.setVersion(event.getVersion());
		form.country = (event.getCountry() != null) ? event.getCountry().getIso3() : null;
		form.date = (event.getDate() != null) ? event.getDate().iso() : null;
		form.kind = event.getKind();
		form.titleEn = event.getTitleEn();
		form.titleFr = event.getTitleFr();
		form.descriptionEn = event.getDescriptionEn();
		form.descriptionFr = event.getDescriptionFr();
		form.framework = (event.getFramework() != null) ? event.getFramework().getCode() : null;
		form.programme = (event.getProgramme() != null) ? event.getProgramme().getCode() : null;
		form.source = event.getSource();
		return form;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public EventKind getKind() {
		return this.kind;
	}

	public void setKind(EventKind kind) {
		this.kind = kind;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getTitleFr() {
		return this.titleFr;
	}

	public void setTitleFr(String titleFr) {
		this.titleFr = titleFr;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getDescriptionFr() {
		return this.descriptionFr;
	}

	public void setDescriptionFr(String descriptionFr) {
		this.descriptionFr = descriptionFr;
	}

	public String getFramework() {
		return this.framework;
	}

	public void setFramework(String framework) {
		this.framework = framework;
	}

	public String getProgramme() {
		return this.programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
