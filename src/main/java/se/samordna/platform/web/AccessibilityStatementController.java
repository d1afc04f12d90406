package se.samordna.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement (tillgänglighetsredogörelse) that DOS-lagen requires; open
 * to all.
 */
@Controller
class AccessibilityStatementController {

	@GetMapping("/tillganglighet")
	String accessibilityStatement() {
		return "layout/accessibility";
	}

}
