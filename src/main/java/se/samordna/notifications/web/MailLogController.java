package se.samordna.notifications.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.samordna.notifications.MailOutbox;

/**
 * For administrators: the mail Samordna sent or holds. In demo mode, with no SMTP server,
 * this is where the captured mail can be read, calendar files included.
 */
@Controller
class MailLogController {

	private final MailOutbox outbox;

	private final boolean smtp;

	MailLogController(MailOutbox outbox, @Value("${spring.mail.host:}") String smtpHost) {
		this.outbox = outbox;
		this.smtp = !smtpHost.isBlank();
	}

	@GetMapping("/admin/e-post")
	String mail(Model model) {
		model.addAttribute("mails", outbox.latest(200));
		model.addAttribute("smtp", smtp);
		return "notifications/mail";
	}

}
