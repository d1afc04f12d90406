package se.samordna.e2e;

import java.time.Duration;

import com.deque.html.axecore.playwright.AxeBuilder;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * axe-core served by the application under test, from its own origin (the pages' CSP
 * allows only that) and cacheable, so the browser compiles it once instead of on every
 * page it checks.
 */
@RestController
public class AxeScript {

	public static final String PATH = "/js/test/axe.min.js";

	private static final String SOURCE = AxeBuilder.getAxeScript();

	@GetMapping(value = PATH, produces = "text/javascript")
	ResponseEntity<String> script() {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(SOURCE);
	}

}
