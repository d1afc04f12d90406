package se.samordna.portal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samordna.access.Standing;
import se.samordna.directory.Directory;
import se.samordna.platform.NotFoundException;
import se.samordna.sip.CitizenSips;
import se.samordna.survey.Questionnaire;
import se.samordna.survey.SurveyForm;
import se.samordna.survey.SurveyOptions;
import se.samordna.survey.SurveyRole;
import se.samordna.survey.Surveys;

/**
 * The survey on the person's own pages, in their language: after a meeting, the
 * individual and their guardian or representative answer here; anyone else answers with
 * the one-time code they got at the meeting, without logging in.
 */
@Controller
class PortalSurveyController {

	static final String MESSAGES = "portal.survey.";

	/**
	 * The code, once checked, is kept in the (anonymous) session, never in an address.
	 */
	private static final String CODE = "survey-code";

	/** Roles that answer with a code: professionals answer from their inbox. */
	static final List<SurveyRole> CODE_ROLES = List.of(SurveyRole.INDIVIDUAL, SurveyRole.COMPANION,
			SurveyRole.REPRESENTATIVE);

	private final Surveys surveys;

	private final CitizenSips citizenSips;

	private final Directory directory;

	PortalSurveyController(Surveys surveys, CitizenSips citizenSips, Directory directory) {
		this.surveys = surveys;
		this.citizenSips = citizenSips;
		this.directory = directory;
	}

	/**
	 * For each of the person's SIPs, the role they answer in: their own, or as guardian
	 * or representative.
	 */
	private Map<UUID, SurveyRole> roles() {
		return rolesIn(citizenSips.list());
	}

	/** A guardian answers as the child's representative, as the instrument has it. */
	static Map<UUID, SurveyRole> rolesIn(List<CitizenSips.Item> items) {
		var roles = new HashMap<UUID, SurveyRole>();
		items.forEach(item -> roles.put(item.sipId(),
				item.standing().standing() == Standing.SELF ? SurveyRole.INDIVIDUAL : SurveyRole.REPRESENTATIVE));
		return roles;
	}

	@GetMapping("/mina-sidor/enkater/{offerId}")
	String form(@PathVariable UUID offerId, Model model) {
		model.addAttribute("surveyForm", new SurveyForm());
		return page(offerId, surveys.offeredThrough(offerId, roles()), model);
	}

	@PostMapping("/mina-sidor/enkater/{offerId}")
	String answer(@PathVariable UUID offerId, @ModelAttribute SurveyForm surveyForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<UUID, SurveyRole> roles = roles();
		Questionnaire questionnaire = surveys.offeredThrough(offerId, roles);
		surveyForm.check(questionnaire, SurveyOptions.municipalityCodes(directory), binding, MESSAGES);
		if (binding.hasErrors()) {
			return page(offerId, questionnaire, model);
		}
		surveys.answerThrough(offerId, roles, surveyForm.background(questionnaire), surveyForm.getAnswers());
		redirect.addFlashAttribute("notice", "portal.survey.thanks");
		return "redirect:/mina-sidor";
	}

	@PostMapping("/mina-sidor/enkater/{offerId}/avsta")
	String decline(@PathVariable UUID offerId, RedirectAttributes redirect) {
		surveys.declineThrough(offerId, roles());
		redirect.addFlashAttribute("notice", "portal.survey.declined");
		return "redirect:/mina-sidor";
	}

	private String page(UUID offerId, Questionnaire questionnaire, Model model) {
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("action", "/mina-sidor/enkater/" + offerId);
		model.addAttribute("declineAction", "/mina-sidor/enkater/" + offerId + "/avsta");
		SurveyOptions.addTo(model, directory);
		return "portal/survey";
	}

	// --- with a one-time code, without logging in
	// -----------------------------------------------

	@GetMapping("/mina-sidor/enkat")
	String codeForm(@RequestParam(name = "kod", required = false) @Nullable String code, Model model) {
		model.addAttribute("code", code == null ? "" : code);
		return "portal/survey-code";
	}

	@PostMapping("/mina-sidor/enkat")
	String checkCode(@RequestParam(name = "kod", defaultValue = "") String code, HttpSession session, Model model) {
		if (code.isBlank() || surveys.codeFor(code).isEmpty()) {
			model.addAttribute("code", code);
			model.addAttribute("codeError",
					code.isBlank() ? "portal.survey.code.required" : "portal.survey.code.unknown");
			return "portal/survey-code";
		}
		session.setAttribute(CODE, code);
		return "redirect:/mina-sidor/enkat/svar";
	}

	@GetMapping("/mina-sidor/enkat/svar")
	String codeSurvey(@RequestParam(name = "roll", required = false) @Nullable String role,
			@RequestParam(name = "valt", required = false) @Nullable String submitted, HttpSession session,
			Model model) {
		String code = codeIn(session);
		var chosen = role == null ? null : SurveyRole.ofCode(role).filter(CODE_ROLES::contains).orElse(null);
		if (chosen == null) {
			model.addAttribute("roles", CODE_ROLES);
			model.addAttribute("roleError", role == null && submitted == null ? null : "portal.survey.role.required");
			return "portal/survey-role";
		}
		model.addAttribute("surveyForm", new SurveyForm());
		return codePage(surveys.questionnaireForCode(code, chosen), model);
	}

	@PostMapping("/mina-sidor/enkat/svar")
	String answerWithCode(@RequestParam(name = "roll") String role, @ModelAttribute SurveyForm surveyForm,
			BindingResult binding, HttpSession session, Model model, RedirectAttributes redirect) {
		String code = codeIn(session);
		SurveyRole chosen = SurveyRole.ofCode(role)
			.filter(CODE_ROLES::contains)
			.orElseThrow(() -> new NotFoundException("survey role " + role));
		Questionnaire questionnaire = surveys.questionnaireForCode(code, chosen);
		surveyForm.check(questionnaire, SurveyOptions.municipalityCodes(directory), binding, MESSAGES);
		if (binding.hasErrors()) {
			return codePage(questionnaire, model);
		}
		surveys.answerWithCode(code, chosen, surveyForm.background(questionnaire), surveyForm.getAnswers());
		session.removeAttribute(CODE);
		redirect.addFlashAttribute("notice", "portal.survey.thanks");
		return "redirect:/mina-sidor/enkat/tack";
	}

	@GetMapping("/mina-sidor/enkat/tack")
	String thanks() {
		return "portal/survey-thanks";
	}

	private String codePage(Questionnaire questionnaire, Model model) {
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("action", "/mina-sidor/enkat/svar?roll=" + questionnaire.role().code());
		SurveyOptions.addTo(model, directory);
		return "portal/survey";
	}

	private static String codeIn(HttpSession session) {
		Object code = session.getAttribute(CODE);
		if (code == null) {
			throw new NotFoundException("no survey code in this session");
		}
		return code.toString();
	}

}
