package org.natoportal.admin.operation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.natoportal.admin.AdminForm;
import org.natoportal.operation.Contribution;

/**
 * A country's contribution to an operation as staff type it: the operation's English and
 * French names; dates are optional.
 */
public class ContributionForm extends AdminForm {

	@NotBlank(message = "{admin.error.required}")
	private String country;

	@NotBlank(message = "{admin.error.required}")
	@Size(max = 200, message = "{admin.error.size}")
	private String operationEn;

	@Size(max = 200, message = "{admin.error.size}")
	private String operationFr;

	private String startDate;

	private String endDate;

	@Positive(message = "{admin.error.positive}")
	private Integer peakPersonnel;

	@NotBlank(message = "{admin.error.required}")
	@Size(max = 1000, message = "{admin.error.size}")
	private String source;

	public static ContributionForm from(Contribution contribution) {
		ContributionForm form = new ContributionForm();
		form.setVersion(contribution.getVersion());
		form.country = contribution.getCountry().getIso3();
		form.operationEn = contribution.getOperation();
		form.operationFr = contribution.getOperationFr();
		form.startDate = (contribution.getStartDate() != null) ? contribution.getStartDate().iso() : null;
		form.endDate = (contribution.getEndDate() != null) ? contribution.getEndDate().iso() : null;
		form.peakPersonnel = contribution.getPeakPersonnel();
		form.source = contribution.getSource();
		return form;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getOperationEn() {
		return this.operationEn;
	}

	public void setOperationEn(String operationEn) {
		this.operationEn = operationEn;
	}

	public String getOperationFr() {
		return this.operationFr;
	}

	public void setOperationFr(String operationFr) {
		this.operationFr = operationFr;
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

	public Integer getPeakPersonnel() {
		return this.peakPersonnel;
	}

	public void setPeakPersonnel(Integer peakPersonnel) {
		this.peakPersonnel = peakPersonnel;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
