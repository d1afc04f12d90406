package se.samordna.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.samordna.notifications.UnitInbox;

/** The unit's inbox. */
@Controller
class InboxController {

	private final UnitInbox inbox;

	InboxController(UnitInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/inkorg")
	String inbox(Model model) {
		model.addAttribute("messages", inbox.mine());
		return "notifications/inbox";
	}

}
