package se.samordna;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samordna.platform.ConcurrentEditException;

/**
 * Fails on purpose, so a test can see the pages a real failure gives: a 500 (with a
 * personnummer in the exception that must not reach the page) and a 409.
 */
@RestController
public class FailingEndpoint {

	public static final String FAILURE = "/test/fel";

	public static final String CONCURRENT_EDIT = "/test/samtidig-andring";

	@GetMapping(FAILURE)
	String fail() {
		throw new IllegalStateException("deliberate failure with secret detail 19121212-1212");
	}

	@GetMapping(CONCURRENT_EDIT)
	String concurrentEdit() {
		throw new ConcurrentEditException("deliberate concurrent edit");
	}

}
