package se.samordna.notifications.web;

import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.samordna.directory.Directory;
import se.samordna.directory.Unit;
import se.samordna.notifications.UnitInbox;
import se.samordna.survey.Surveys;

/** The unit's inbox. */
@Controller
class InboxController {

	private final UnitInbox inbox;

	private final Surveys surveys;

	private final Directory directory;

	InboxController(UnitInbox inbox, Surveys surveys, Directory directory) {
		this.inbox = inbox;
		this.surveys = surveys;
		this.directory = directory;
	}

	@GetMapping("/inkorg")
	String inbox(Model model) {
		model.addAttribute("messages", inbox.mine());
		model.addAttribute("surveyOffers", surveys.offersToMyUnit());
		model.addAttribute("unitNames", directory.units().stream().collect(Collectors.toMap(Unit::id, Unit::name)));
		return "notifications/inbox";
	}

}
