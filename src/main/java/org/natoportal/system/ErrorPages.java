package org.natoportal.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns what the reader got wrong into pages that say so: an address naming nothing known
 * is a 404, a filter value the portal cannot use is a 400 naming the parameter and the
 * value. Unknown addresses and other failures go to Boot's error pages
 * ({@code error/404.html}, {@code error/500.html}, {@code error.html}), which never show
 * a stack trace.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger logger = LoggerFactory.getLogger(ErrorPages.class);

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		logger.debug("Not found: {}", ex.getMessage());
		ModelAndView page = page("error/404", HttpStatus.NOT_FOUND);
		page.addObject("kind", ex.getKind());
		page.addObject("key", ex.getKey());
		return page;
	}

	/**
	 * An address that matches no page. Boot would show {@code error/404.html} too, but
	 * only to clients asking for HTML and without the query of the failed address.
	 */
	@ExceptionHandler(NoResourceFoundException.class)
	ModelAndView noSuchPage(NoResourceFoundException ex) {
		return page("error/404", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(InvalidFilterException.class)
	ModelAndView invalidFilter(InvalidFilterException ex) {
		return badRequest(List.of(RejectedValue.of(ex.getParameter(), ex.getValue())));
	}

	/**
	 * A filter record that could not be built from the query: Spring MVC reports the
	 * failed constructor arguments as field errors of a
	 * {@link org.springframework.web.bind.MethodArgumentNotValidException}, which is a
	 * {@link BindException}.
	 */
	@ExceptionHandler(BindException.class)
	ModelAndView invalidBinding(BindException ex) {
		return badRequest(ex.getFieldErrors()
			.stream()
			.map((error) -> RejectedValue.of(error.getField(), error.getRejectedValue()))
			.toList());
	}

	/** A single request parameter or path variable of the wrong type. */
	@ExceptionHandler(TypeMismatchException.class)
	ModelAndView typeMismatch(TypeMismatchException ex) {
		String parameter = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		return badRequest(List.of(RejectedValue.of(parameter, ex.getValue())));
	}

	private static ModelAndView badRequest(List<RejectedValue> rejected) {
		logger.debug("Bad request: {}", rejected);
		ModelAndView page = page("error/400", HttpStatus.BAD_REQUEST);
		page.addObject("rejected", rejected);
		return page;
	}

	private static ModelAndView page(String view, HttpStatus status) {
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("status", status.value());
		return page;
	}

}
