package org.natoportal.admin;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * One field of a conflict page: the value now stored beside the value the user typed,
 * each as the form holds it (what "apply my values again" sends back) and as staff read
 * it (a status or a region by its name in the page's language, not its code).
 */
public record ConflictRow(String field, String stored, String mine, String storedShown, String mineShown) {

	public boolean isDifferent() {
		return !Objects.equals(this.stored, this.mine);
	}

	/**
	 * Every edited field of the two forms, in form order.
	 * @param shown how a field's value reads on the page, given the field name and value
	 */
	public static List<ConflictRow> compare(AdminForm stored, AdminForm mine,
			BiFunction<String, Object, String> shown) {
		BeanWrapper storedValues = PropertyAccessorFactory.forBeanPropertyAccess(stored);
		BeanWrapper myValues = PropertyAccessorFactory.forBeanPropertyAccess(mine);
		return mine.fieldNames().stream().map((field) -> {
			Object storedValue = storedValues.getPropertyValue(field);
			Object myValue = myValues.getPropertyValue(field);
			return new ConflictRow(field, text(storedValue), text(myValue), shown.apply(field, storedValue),
					shown.apply(field, myValue));
		}).toList();
	}

	/** The value as the form holds it. */
	public static String text(Object value) {
		return (value != null) ? value.toString().strip() : "";
	}

}
