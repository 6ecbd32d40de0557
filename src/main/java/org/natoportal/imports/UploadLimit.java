package org.natoportal.imports;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file over {@code spring.servlet.multipart.max-file-size} fails before any controller
 * runs; the editor gets the import page back with a message saying so, not an error page.
 */
@ControllerAdvice
class UploadLimit {

	private final MessageSource messages;

	UploadLimit(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, Locale locale) {
		RequestContextUtils.getOutputFlashMap(request)
			.put("failure", this.messages.getMessage("imports.file.tooLarge", null, locale));
		return "redirect:/admin/import";
	}

}
