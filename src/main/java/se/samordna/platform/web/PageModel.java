package se.samordna.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.samordna.platform.SamordnaMode;

/** What the shared layout needs on every page. */
@ControllerAdvice
class PageModel {

	private final SamordnaMode mode;

	PageModel(SamordnaMode mode) {
		this.mode = mode;
	}

	/**
	 * The path without query, for the language switch (Thymeleaf 3.1 has no request
	 * object).
	 */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return mode.demo();
	}

}
