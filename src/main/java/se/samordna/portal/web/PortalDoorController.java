package se.samordna.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.samordna.access.CitizenLogins;

/** The pages anyone may read: log-in and "Vad är SIP?". */
@Controller
class PortalDoorController {

	private final CitizenLogins logins;

	PortalDoorController(CitizenLogins logins) {
		this.logins = logins;
	}

	@GetMapping("/mina-sidor/logga-in")
	String login(Model model) {
		model.addAttribute("demoLogins", logins.demoLogins());
		model.addAttribute("identityProvider", logins.identityProviderPath().orElse(null));
		return "portal/login";
	}

	@GetMapping("/mina-sidor/vad-ar-sip")
	String whatIsSip() {
		return "portal/what-is-sip";
	}

}
