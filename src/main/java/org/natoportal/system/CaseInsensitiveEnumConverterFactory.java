package org.natoportal.system;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Binds request parameters to enums whatever their case ({@code agreement},
 * {@code AGREEMENT}); a blank value binds to null and any other value fails binding,
 * which the error pages report as a bad request naming the parameter.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
final class CaseInsensitiveEnumConverterFactory implements ConverterFactory<String, Enum> {

	@Override
	public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
		Class<?> enumType = targetType;
		while (enumType != null && !enumType.isEnum()) {
			enumType = enumType.getSuperclass();
		}
		if (enumType == null) {
			throw new IllegalArgumentException(targetType + " is not an enum type");
		}
		return new StringToEnum(enumType);
	}

	private record StringToEnum<T extends Enum<T>>(Class<T> enumType) implements Converter<String, T> {

		@Override
		public T convert(String source) {
			String value = source.strip();
			if (value.isEmpty()) {
				return null;
			}
			for (T constant : this.enumType.getEnumConstants()) {
				if (constant.name().equalsIgnoreCase(value)) {
					return constant;
				}
			}
			throw new IllegalArgumentException("No " + this.enumType.getSimpleName() + " named '" + value + "'");
		}

	}

}
