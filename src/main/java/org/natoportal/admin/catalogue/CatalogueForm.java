package org.natoportal.admin.catalogue;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.natoportal.admin.AdminForm;
import org.natoportal.shared.CatalogueEntry;

/**
 * A framework or programme as staff type it: code, names and descriptions in both
 * languages, source; the subclass adds its founding year.
 *
 * @param <E> the framework or programme
 */
public abstract class CatalogueForm<E extends CatalogueEntry> extends AdminForm {

	@NotBlank(message = "{admin.error.required}")
	@Size(max = 16, message = "{admin.error.size}")
	@Pattern(regexp = "[A-Z][A-Z0-9-]*", message = "{admin.error.code}")
	private String code;

	@NotBlank(message = "{admin.error.required}")
	@Size(max = 200, message = "{admin.error.size}")
	private String nameEn;

	@Size(max = 200, message = "{admin.error.size}")
	private String nameFr;

	private String descriptionEn;

	private String descriptionFr;

	@Size(max = 1000, message = "{admin.error.size}")
	private String source;

	/** A new entry with the form's values. */
	abstract E create();

	/** Copies the form's values onto the stored entry. */
	abstract void applyTo(E entry);

	protected void copy(CatalogueEntry entry) {
		setVersion(entry.getVersion());
		this.code = entry.getCode();
		this.nameEn = entry.getNameEn();
		this.nameFr = entry.getNameFr();
		this.descriptionEn = entry.getDescriptionEn();
		this.descriptionFr = entry.getDescriptionFr();
		this.source = entry.getSource();
	}

	public String getCode() {
		return this.code;
	}

	/** Codes are upper case whatever the user typed. */
	public void setCode(String code) {
		this.code = (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public void setNameFr(String nameFr) {
		this.nameFr = nameFr;
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

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
