package org.natoportal.admin.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.natoportal.framework.Framework;

/** A partnership framework as staff type it. */
public class FrameworkForm extends CatalogueForm<Framework> {

	@Min(value = 1900, message = "{admin.error.year}")
	@Max(value = 2100, message = "{admin.error.year}")
	private Integer establishedYear;

	public static FrameworkForm from(Framework framework) {
		FrameworkForm form = new FrameworkForm();
		form.copy(framework);
		form.establishedYear = framework.getEstablishedYear();
		return form;
	}

	@Override
	Framework create() {
		return new Framework(getCode(), getNameEn(), getNameFr(), this.establishedYear, getDescriptionEn(),
				getDescriptionFr(), getSource());
	}

	@Override
	void applyTo(Framework framework) {
		framework.revise(getCode(), getNameEn(), getNameFr(), this.establishedYear, getDescriptionEn(),
				getDescriptionFr(), getSource());
	}

	public Integer getEstablishedYear() {
		return this.establishedYear;
	}

	public void setEstablishedYear(Integer establishedYear) {
		this.establishedYear = establishedYear;
	}

}
