package se.samordna.sip.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samordna.directory.Directory;
import se.samordna.people.People;
import se.samordna.platform.FormRefusals;
import se.samordna.platform.UserFacingException;
import se.samordna.sip.Assessment;
import se.samordna.sip.ConsentCircumstances;
import se.samordna.sip.ConsentGiver;
import se.samordna.sip.ConsentMethod;
import se.samordna.sip.Move;
import se.samordna.sip.Sip;
import se.samordna.sip.SipStatus;
import se.samordna.sip.Sips;
import se.samordna.sip.Worklist;

/**
 * The staff pages of a SIP: the worklist, starting one, the case page, consent and
 * withdrawal.
 */
@Controller
@RequestMapping("/sip")
class SipController {

	private final Sips sips;

	private final Worklist worklist;

	private final People people;

	private final Directory directory;

	private final CaseModel caseModel;

	SipController(Sips sips, Worklist worklist, People people, Directory directory, CaseModel caseModel) {
		this.caseModel = caseModel;
		this.worklist = worklist;
		this.sips = sips;
		this.people = people;
		this.directory = directory;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "sipId");
	}

	// --- worklist
	// --------------------------------------------------------------------------

	@GetMapping
	String worklist(@RequestParam(name = "visa", defaultValue = "OPEN") Worklist.Filter filter,
			@RequestParam(name = "lage", required = false) @Nullable SipStatus status,
			@RequestParam(name = "individ", required = false) @Nullable UUID individualId, Model model) {
		model.addAttribute("items", worklist.of(filter, status, individualId));
		model.addAttribute("status", status);
		model.addAttribute("statuses", Arrays.asList(SipStatus.values()));
		model.addAttribute("filter", filter);
		model.addAttribute("filters", Arrays.asList(Worklist.Filter.values()));
		model.addAttribute("individualId", individualId);
		return "sip/worklist";
	}

	// --- start
	// ------------------------------------------------------------------------------

	@ModelAttribute("noticedByOptions")
	List<Assessment.NoticedBy> noticedBy() {
		return Arrays.asList(Assessment.NoticedBy.values());
	}

	@ModelAttribute("tracks")
	List<Assessment.LegalTrack> tracks() {
		return Arrays.asList(Assessment.LegalTrack.values());
	}

	@ModelAttribute("levels")
	List<Assessment.SipLevel> levels() {
		return Arrays.asList(Assessment.SipLevel.values());
	}

	@GetMapping("/ny")
	String startForm(@RequestParam("individ") UUID individualId, Model model) {
		model.addAttribute("assessmentForm", new AssessmentForm());
		return startPage(model, individualId);
	}

	@PostMapping("/ny")
	String start(@RequestParam("individ") UUID individualId, @Valid @ModelAttribute AssessmentForm assessmentForm,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Sip[] started = new Sip[1];
		if (!binding.hasErrors() && FormRefusals.attempt(binding, () -> started[0] = sips.start(individualId,
				assessmentForm.toAssessment(), assessmentForm.isStartAnyway()))) {
			redirect.addFlashAttribute("notice", "sip.started");
			return "redirect:/sip/" + started[0].id();
		}
		return startPage(model, individualId);
	}

	/**
	 * The person's open SIPs are shown first: a second one is started only when the user
	 * says so.
	 */
	private String startPage(Model model, UUID individualId) {
		model.addAttribute("individual", people.view(individualId));
		model.addAttribute("openSips", sips.openSipsOf(individualId));
		return "sip/start";
	}

	// --- the case page
	// ----------------------------------------------------------------------

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		Sips.Overview overview = sips.overview(id);
		ShownNames confirmedBy = new ShownNames();
		overview.versions().forEach(version -> confirmedBy.of(version, false));
		caseModel.add(model, overview.sipCase(), confirmedBy);
		model.addAttribute("overview", overview);
		model.addAttribute("can", overview.moves().stream().map(Enum::name).collect(Collectors.toSet()));
		return "sip/detail";
	}

	void addCase(Model model, Sips.Case sipCase) {
		caseModel.add(model, sipCase);
	}

	// --- consent
	// ----------------------------------------------------------------------------

	@ModelAttribute("consentGivers")
	List<ConsentGiver> consentGivers() {
		return Arrays.asList(ConsentGiver.values());
	}

	@ModelAttribute("consentMethods")
	List<ConsentMethod> consentMethods() {
		return Arrays.asList(ConsentMethod.values());
	}

	@GetMapping("/{id}/samtycke")
	String consentForm(@PathVariable UUID id, Model model) {
		Sips.Case sipCase = sips.readFor(id, Move.RECORD_CONSENT);
		Sip sip = sipCase.sip();
		var form = new ConsentForm();
		form.setVersion(sipCase.sip().version());
		model.addAttribute("consentForm", form);
		return consentPage(model, sipCase);
	}

	@PostMapping("/{id}/samtycke")
	String recordConsent(@PathVariable UUID id, @Valid @ModelAttribute ConsentForm consentForm, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && FormRefusals.attempt(binding,
				() -> sips.recordConsent(id, consentForm.getVersion(), consentForm.getGiver(), consentForm.persons(),
						consentForm.getMethod(), consentForm.getGivenOn(), consentForm.getSharingOrganisations(),
						consentForm.getChildsView(), consentForm.getNotToShare()))) {
			redirect.addFlashAttribute("notice", "sip.consent.recorded");
			return "redirect:/sip/" + id;
		}
		return consentPage(model, sips.readFor(id, Move.RECORD_CONSENT));
	}

	private String consentPage(Model model, Sips.Case sipCase) {
		addCase(model, sipCase);
		model.addAttribute("circumstances", ConsentCircumstances.of(sipCase.individual(), people.today()));
		model.addAttribute("organisations", directory.organisations());
		return "sip/consent";
	}

	@GetMapping("/{id}/aterkalla")
	String withdrawPage(@PathVariable UUID id, Model model) {
		addCase(model, sips.readFor(id, Move.WITHDRAW_CONSENT));
		return "sip/withdraw";
	}

	@PostMapping("/{id}/aterkalla")
	String withdraw(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			sips.withdrawConsent(id, version);
			redirect.addFlashAttribute("notice", "sip.consent.withdrawn");
		}
		catch (UserFacingException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/sip/" + id;
	}

}
