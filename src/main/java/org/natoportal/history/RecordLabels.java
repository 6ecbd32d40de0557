package org.natoportal.history;

import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Objects;

import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.natoportal.account.StaffAccount;
import org.natoportal.country.Country;
import org.natoportal.framework.Framework;
import org.natoportal.operation.Contribution;
import org.natoportal.programme.Programme;
import org.natoportal.shared.BaseEntity;
import org.natoportal.shared.CatalogueEntry;
import org.natoportal.shared.Involvement;
import org.natoportal.shared.PartialDate;
import org.natoportal.timeline.TimelineEvent;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How records and their values read in the history: a record by its name (a country's
 * name, a membership as "Kyrgyz Republic · PFP"), related records by name rather than id,
 * partial dates as typed, enum values by their bundle labels.
 */
@Component
class RecordLabels {

	private final MessageSource messages;

	RecordLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** The record's name as staff know it. */
	String label(Object record, Locale locale) {
		if (record instanceof Country country) {
			return country.name(locale);
		}
		if (record instanceof CatalogueEntry entry) {
			return entry.getCode() + " — " + entry.name(locale);
		}
		if (record instanceof Involvement involvement) {
			return label(involvement.getCountry(), locale) + " · " + involvement.getEntry().getCode();
		}
		if (record instanceof TimelineEvent event) {
			String title = event.title(locale);
			return (event.getDate() != null) ? event.getDate().iso() + " · " + title : title;
		}
		if (record instanceof Contribution contribution) {
			return label(contribution.getCountry(), locale) + " · " + contribution.operation(locale);
		}
		if (record instanceof StaffAccount account) {
			return account.getUsername();
		}
		return Objects.toString(record, "");
	}

	/** A field's name as staff read it, e.g. "Start date". */
	String fieldName(Field field, Locale locale) {
		return message("history.field." + field.getName(), field.getName(), locale);
	}

	/** A field's value as shown in a before → after table; null when empty. */
	String display(Field field, Object value, Locale locale) {
		if (value == null) {
			return null;
		}
		if (value instanceof BaseEntity related) {
			return label(related, locale);
		}
		if (value instanceof PartialDate date) {
			return date.iso();
		}
		if (value instanceof Enum<?> constant) {
			return message(constant.getDeclaringClass().getSimpleName() + "." + constant.name(), constant.name(),
					locale);
		}
		if (value instanceof Boolean flag) {
			return message(flag ? "history.value.yes" : "history.value.no", flag.toString(), locale);
		}
		if ("region".equals(field.getName())) {
			return message("region." + value, value.toString(), locale);
		}
		return value.toString();
	}

	/**
	 * What identifies a value when comparing two versions: a related record by its id, so
	 * that renaming a country does not show as a change of its memberships.
	 */
	static Object comparable(Object value) {
		return (value instanceof BaseEntity related) ? idOf(related) : value;
	}

	/** The id of a record, without loading it when it is a lazy reference. */
	static Long idOf(BaseEntity record) {
		LazyInitializer lazy = HibernateProxy.extractLazyInitializer(record);
		return (lazy != null) ? (Long) lazy.getInternalIdentifier() : record.getId();
	}

	/** The public page that shows the record, or null when none does. */
	static String publicPath(Object record) {
		if (record instanceof Country country) {
			return "/countries/" + country.getSlug();
		}
		if (record instanceof Framework framework) {
			return "/frameworks/" + framework.getSlug();
		}
		if (record instanceof Programme programme) {
			return "/programmes/" + programme.getSlug();
		}
		if (record instanceof Involvement involvement) {
			return publicPath(involvement.getCountry());
		}
		if (record instanceof Contribution contribution) {
			return publicPath(contribution.getCountry());
		}
		if (record instanceof TimelineEvent event) {
			return (event.getCountry() != null) ? publicPath(event.getCountry()) : "/timeline";
		}
		return null;
	}

	private String message(String code, String fallback, Locale locale) {
		return this.messages.getMessage(code, null, fallback, locale);
	}

}
