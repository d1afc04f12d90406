package se.samordna.sip.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samordna.platform.FormRefusals;
import se.samordna.sip.FollowUp;
import se.samordna.sip.Move;
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

	@GetMapping("/uppfoljning")
	String followUpForm(@PathVariable UUID id, Model model) {
		Sips.Case sipCase = sips.readFor(id, Move.RECORD_FOLLOW_UP);
		Sip sip = sipCase.sip();
		model.addAttribute("followUpForm", FollowUpForm.of(sip.plan(), sip.version()));
		return followUpPage(model, sipCase);
	}

	/**
	 * The plan is read first: the form holds one answer per goal and action of it, also
	 * when a request leaves some out.
	 */
	@PostMapping("/uppfoljning")
	String recordFollowUp(@PathVariable UUID id, @Valid @ModelAttribute FollowUpForm followUpForm,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Sips.Case sipCase = sips.readFor(id, Move.RECORD_FOLLOW_UP);
		Sip sip = sipCase.sip();
		followUpForm.fit(sip.plan());
		if (!binding.hasErrors() && FormRefusals.attempt(binding,
				() -> sips.recordFollowUp(id, followUpForm.getVersion(), followUpForm.toFollowUp()))) {
			redirect.addFlashAttribute("notice", "sip.followUp.saved");
			return "redirect:/sip/" + id;
		}
		return followUpPage(model, sipCase);
	}

	private String followUpPage(Model model, Sips.Case sipCase) {
		Sip sip = sipCase.sip();
		caseModel.add(model, sipCase);
		model.addAttribute("closingReasons", sips.closingReasons(sip));
		return "sip/follow-up";
	}

	@GetMapping("/avsluta")
	String closeForm(@PathVariable UUID id, Model model) {
		Sips.Case sipCase = sips.readFor(id, Move.CLOSE);
		Sip sip = sipCase.sip();
		var form = new CloseForm();
		form.setVersion(sip.version());
		model.addAttribute("closeForm", form);
		return closePage(model, sipCase);
	}

	@PostMapping("/avsluta")
	String close(@PathVariable UUID id, @Valid @ModelAttribute CloseForm closeForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors() && FormRefusals.attempt(binding,
				() -> sips.close(id, closeForm.getVersion(), closeForm.getReason(), closeForm.getText()))) {
			redirect.addFlashAttribute("notice", "sip.closed.saved");
			return "redirect:/sip/" + id;
		}
		return closePage(model, sips.readFor(id, Move.CLOSE));
	}

	/** The reasons are those the SIP offers now ({@link Sip#closingReasons}). */
	private String closePage(Model model, Sips.Case sipCase) {
		Sip sip = sipCase.sip();
		caseModel.add(model, sipCase);
		model.addAttribute("closingReasons", sips.closingReasons(sip));
		return "sip/close";
	}

}
