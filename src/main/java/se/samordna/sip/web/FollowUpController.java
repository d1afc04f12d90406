package se.samordna.sip.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samordna.platform.FormRefusals;
import se.samordna.sip.ClosingReason;
import se.samordna.sip.FollowUp;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;

/** Step 7 and closing: the follow-up with its decision, and avslut with a reason. */
@Controller
@RequestMapping("/sip/{id}")
class FollowUpController {

	private final Sips sips;

	private final CaseModel caseModel;

	FollowUpController(Sips sips, CaseModel caseModel) {
		this.sips = sips;
		this.caseModel = caseModel;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("sipId");
	}

	@ModelAttribute("goalOutcomeOptions")
	List<FollowUp.GoalOutcome> goalOutcomes() {
		return Arrays.asList(FollowUp.GoalOutcome.values());
	}

	@ModelAttribute("actionOutcomeOptions")
	List<FollowUp.ActionOutcome> actionOutcomes() {
		return Arrays.asList(FollowUp.ActionOutcome.values());
	}

	@ModelAttribute("decisions")
	List<FollowUp.Decision> decisions() {
		return Arrays.asList(FollowUp.Decision.values());
	}

	@ModelAttribute("closingReasons")
	List<ClosingReason> closingReasons() {
		return Arrays.stream(ClosingReason.values())
			.filter(r -> r != ClosingReason.CONSENT_WITHDRAWN && r != ClosingReason.CONSENT_DECLINED)
			.toList();
	}

	/** Before consent, a SIP may also end because the person did not want one. */
	private void closingReasonsFor(Sip sip, Model model) {
		if (sip.consentGiven().isEmpty()) {
			var reasons = new ArrayList<>(List.of(ClosingReason.CONSENT_DECLINED));
			reasons.addAll(closingReasons());
			model.addAttribute("closingReasons", reasons);
		}
	}

	@GetMapping("/uppfoljning")
	String followUpForm(@PathVariable UUID id, Model model) {
		Sips.Case sipCase = sips.read(id);
		Sip sip = sipCase.sip();
		model.addAttribute("followUpForm", FollowUpForm.of(sip.plan(), sip.version()));
		caseModel.add(model, sipCase);
		return "sip/follow-up";
	}

	@PostMapping("/uppfoljning")
	String recordFollowUp(@PathVariable UUID id, @Valid @ModelAttribute FollowUpForm followUpForm,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		followUpForm.check(binding);
		if (!binding.hasErrors() && FormRefusals.attempt(binding,
				() -> sips.recordFollowUp(id, followUpForm.getVersion(), followUpForm.toFollowUp()))) {
			redirect.addFlashAttribute("notice", "sip.followUp.saved");
			return "redirect:/sip/" + id;
		}
		caseModel.add(model, sips.read(id));
		return "sip/follow-up";
	}

	@GetMapping("/avsluta")
	String closeForm(@PathVariable UUID id, Model model) {
		Sips.Case sipCase = sips.read(id);
		Sip sip = sipCase.sip();
		var form = new CloseForm();
		form.setVersion(sip.version());
		model.addAttribute("closeForm", form);
		caseModel.add(model, sipCase);
		closingReasonsFor(sip, model);
		return "sip/close";
	}

	@PostMapping("/avsluta")
	String close(@PathVariable UUID id, @Valid @ModelAttribute CloseForm closeForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors() && FormRefusals.attempt(binding,
				() -> sips.close(id, closeForm.getVersion(), closeForm.getReason(), closeForm.getText()))) {
			redirect.addFlashAttribute("notice", "sip.closed.saved");
			return "redirect:/sip/" + id;
		}
		Sips.Case sipCase = sips.read(id);
		caseModel.add(model, sipCase);
		closingReasonsFor(sipCase.sip(), model);
		return "sip/close";
	}

}
