package org.natoportal.admin;

import java.util.List;
import java.util.Objects;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * One field of a conflict page: the value now stored beside the value the user typed.
 */
public record ConflictRow(String field, String stored, String mine) {

	public boolean isDifferent() {
		return !Objects.equals(this.stored, this.mine);
	}

	/** Every edited field of the two forms, in form order. */
	public static List<ConflictRow> compare(AdminForm stored, AdminForm mine) {
		BeanWrapper storedValues = PropertyAccessorFactory.forBeanPropertyAccess(stored);
		BeanWrapper myValues = PropertyAccessorFactory.forBeanPropertyAccess(mine);
		return mine.fieldNames()
			.stream()
			.map((field) -> new ConflictRow(field, text(storedValues.getPropertyValue(field)),
					text(myValues.getPropertyValue(field))))
			.toList();
	}

	private static String text(Object value) {
		String text = (value != null) ? value.toString().strip() : "";
		return text;
	}

}
