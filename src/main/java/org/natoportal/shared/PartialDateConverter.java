package org.natoportal.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link PartialDate} as its ISO text, whose string order is chronological. */
@Converter(autoApply = true)
public class PartialDateConverter implements AttributeConverter<PartialDate, String> {

	@Override
	public String convertToDatabaseColumn(PartialDate date) {
		return (date != null) ? date.iso() : null;
	}

	@Override
	public PartialDate convertToEntityAttribute(String text) {
		return PartialDate.parseOrNull(text);
	}

}
