package se.samordna.portal.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.samordna.access.Citizen;
import se.samordna.access.CurrentUsers;
import se.samordna.portal.PortalLanguage;

/**
 * What the individual's page layout needs: the language (and its direction) and who is
 * signed in.
 */
@ControllerAdvice(
		assignableTypes = { PortalController.class, PortalDoorController.class, PortalSurveyController.class })
class PortalPageModel {

	private final CurrentUsers users;

	private final Clock clock;

	PortalPageModel(CurrentUsers users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.getZone();
	}

	@ModelAttribute("language")
	PortalLanguage language(Locale locale) {
		return PortalLanguage.of(locale);
	}

	@ModelAttribute("languages")
	List<PortalLanguage> languages() {
		return List.of(PortalLanguage.values());
	}

	@ModelAttribute("citizen")
	@Nullable Citizen citizen() {
		return users.findCitizen().orElse(null);
	}

	@ModelAttribute("portalPath")
	String portalPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
