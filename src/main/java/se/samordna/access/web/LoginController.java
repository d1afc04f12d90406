package se.samordna.access.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.samordna.directory.Directory;
import se.samordna.directory.StaffAccount;
import se.samordna.directory.Unit;
import se.samordna.platform.SamordnaMode;

/** The log-in page: the demo staff in demo mode, the IdP button otherwise. */
@Controller
class LoginController {

	private final SamordnaMode mode;

	private final Directory directory;

	LoginController(SamordnaMode mode, Directory directory) {
		this.mode = mode;
		this.directory = directory;
	}

	record DemoLogin(String username, String displayName, String title, String unitName) {
	}

	@GetMapping("/login")
	String login(Model model) {
		if (mode.demo()) {
			Map<UUID, Unit> units = directory.unitsById();
			List<DemoLogin> logins = directory.staff()
				.stream()
				.filter(StaffAccount::active)
				.map(account -> new DemoLogin(account.username(), account.displayName(),
						account.title() == null ? "" : account.title(), units.get(account.unitId()).name()))
				.toList();
			model.addAttribute("demoLogins", logins);
		}
		return "access/login";
	}

}
