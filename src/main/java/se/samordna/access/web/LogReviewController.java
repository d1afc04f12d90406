package se.samordna.access.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import se.samordna.access.AccessLogReview;

/**
 * Log review for admins. The filter is posted, not put in the URL, because it may hold a
 * personnummer.
 */
@Controller
@RequestMapping("/admin/loggkontroll")
class LogReviewController {

	private final AccessLogReview review;

	LogReviewController(AccessLogReview review) {
		this.review = review;
	}

	static final class FilterForm {

		private @Nullable String username;

		private @Nullable String personnummer;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate from;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate to;

		private boolean onlyProtected;

		private boolean onlyRefused;

		public @Nullable String getUsername() {
			return username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable String getPersonnummer() {
			return personnummer;
		}

		public void setPersonnummer(@Nullable String personnummer) {
			this.personnummer = personnummer;
		}

		public @Nullable LocalDate getFrom() {
			return from;
		}

		public void setFrom(@Nullable LocalDate from) {
			this.from = from;
		}

		public @Nullable LocalDate getTo() {
			return to;
		}

		public void setTo(@Nullable LocalDate to) {
			this.to = to;
		}

		public boolean isOnlyProtected() {
			return onlyProtected;
		}

		public void setOnlyProtected(boolean onlyProtected) {
			this.onlyProtected = onlyProtected;
		}

		public boolean isOnlyRefused() {
			return onlyRefused;
		}

		public void setOnlyRefused(boolean onlyRefused) {
			this.onlyRefused = onlyRefused;
		}

	}

	@GetMapping
	String form(@ModelAttribute("filter") FilterForm filter) {
		return "access/log-review";
	}

	@PostMapping
	String search(@ModelAttribute("filter") FilterForm filter, BindingResult binding, Model model) {
		String identity = null;
		if (filter.getPersonnummer() != null && !filter.getPersonnummer().isBlank()) {
			identity = PersonalIdentityInput.digits(filter.getPersonnummer());
			if (identity == null) {
				binding.rejectValue("personnummer", "review.personnummer.invalid");
			}
		}
		if (filter.getFrom() != null && filter.getTo() != null && filter.getTo().isBefore(filter.getFrom())) {
			binding.rejectValue("to", "review.period.invalid");
		}
		if (binding.hasErrors()) {
			return "access/log-review";
		}
		var entries = review.search(new AccessLogReview.Filter(filter.getUsername(), identity, filter.getFrom(),
				filter.getTo(), filter.isOnlyProtected(), filter.isOnlyRefused()));
		model.addAttribute("entries", entries);
		model.addAttribute("maxRows", AccessLogReview.MAX_ROWS);
		return "access/log-review";
	}

}
