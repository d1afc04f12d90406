package se.samordna.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.NotFoundException;

/**
 * Turns the platform's exceptions into Swedish error pages. "Not there" and "not yours"
 * give the same 404. Only ids reach the log (the exceptions' technical messages carry
 * nothing else).
 */
@ControllerAdvice
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException exception) {
		log.debug("404: {}", exception.getMessage());
		return "error/404";
	}

	@ExceptionHandler(ConcurrentEditException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrentEdit(ConcurrentEditException exception) {
		log.info("409: {}", exception.getMessage());
		return "error/409";
	}

}
