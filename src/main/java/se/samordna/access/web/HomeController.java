package se.samordna.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.samordna.access.CurrentUsers;

/** The start page after log-in. */
@Controller
class HomeController {

	private final CurrentUsers users;

	HomeController(CurrentUsers users) {
		this.users = users;
	}

	@GetMapping("/")
	String home(Model model) {
		if (users.findCitizen().isPresent()) {
			return "redirect:/mina-sidor";
		}
		model.addAttribute("user", users.current());
		return "access/home";
	}

}
