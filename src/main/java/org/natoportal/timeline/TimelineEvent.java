package org.natoportal.timeline;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.natoportal.country.Country;
import org.natoportal.framework.Framework;
import org.natoportal.programme.Programme;
import org.natoportal.shared.BaseEntity;
import org.natoportal.shared.Localized;
import org.natoportal.shared.PartialDate;

/** A dated fact on a country's timeline, or on the Alliance's when it has no country. */
@Entity
@Audited
public class TimelineEvent extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_id")
	private Country country;

	/** Null when the source gives no date. */
	@Column(name = "event_date")
	private PartialDate date;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	private String titleEn;

	private String titleFr;

	private String descriptionEn;

	private String descriptionFr;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "framework_id")
	private Framework framework;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "programme_id")
	private Programme programme;

	private String source;

	protected TimelineEvent() {
	}

	public TimelineEvent(Country country, PartialDate date, EventKind kind, String titleEn, String titleFr,
			String source) {
		this.country = country;
		this.date = date;
		this.kind = kind;
		this.titleEn = titleEn;
		this.titleFr = titleFr;
		this.source = source;
	}

	/** Staff correct the event's country, date, kind, titles and source. */
	public TimelineEvent revise(Country country, PartialDate date, EventKind kind, String titleEn, String titleFr,
			String source) {
		this.country = country;
		this.date = date;
		this.kind = kind;
		this.titleEn = titleEn;
		this.titleFr = titleFr;
		this.source = source;
		return this;
	}

	public TimelineEvent describe(String descriptionEn, String descriptionFr) {
		this.descriptionEn = descriptionEn;
		this.descriptionFr = descriptionFr;
		return this;
	}

	public TimelineEvent linkTo(Framework framework, Programme programme) {
		this.framework = framework;
		this.programme = programme;
		return this;
	}

	public Country getCountry() {
		return this.country;
	}

	public PartialDate getDate() {
		return this.date;
	}

	public EventKind getKind() {
		return this.kind;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public String getTitleFr() {
		return this.titleFr;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public String getDescriptionFr() {
		return this.descriptionFr;
	}

	public Framework getFramework() {
		return this.framework;
	}

	public Programme getProgramme() {
		return this.programme;
	}

	public String getSource() {
		return this.source;
	}

	public String title(Locale locale) {
		return Localized.pick(locale, this.titleEn, this.titleFr);
	}

	public String description(Locale locale) {
		return Localized.pick(locale, this.descriptionEn, this.descriptionFr);
	}

}
