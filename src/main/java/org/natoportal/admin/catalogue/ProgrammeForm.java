package org.natoportal.admin.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.natoportal.programme.Programme;

/** A cooperation programme as staff type it. */
public class ProgrammeForm extends CatalogueForm<Programme> {

	@Min(value = 1900, message = "{admin.error.year}")
	@Max(value = 2100, message = "{admin.error.year}")
	private Integer launchedYear;

	public static ProgrammeForm from(Programme programme) {
		ProgrammeForm form = new ProgrammeForm();
		form.copy(programme);
		form.launchedYear = programme.getLaunchedYear();
		return form;
	}

	@Override
	Programme create() {
		return new Programme(getCode(), getNameEn(), getNameFr(), this.launchedYear, getDescriptionEn(),
				getDescriptionFr(), getSource());
	}

	@Override
	void applyTo(Programme programme) {
		programme.revise(getCode(), getNameEn(), getNameFr(), this.launchedYear, getDescriptionEn(), getDescriptionFr(),
				getSource());
	}

	public Integer getLaunchedYear() {
		return this.launchedYear;
	}

	public void setLaunchedYear(Integer launchedYear) {
		this.launchedYear = launchedYear;
	}

}
