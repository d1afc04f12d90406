package se.samordna.sip.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samordna.directory.Directory;
import se.samordna.platform.FormRefusals;
import se.samordna.platform.NotFoundException;
import se.samordna.sip.Move;
import se.samordna.sip.Participant;
import se.samordna.sip.PlanContent;
import se.samordna.sip.PlanDelivery;
import se.samordna.sip.PlanVersion;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;

/**
 * The plan: the draft, its confirmation with a coordinator and a follow-up date, the
 * confirmed versions and what the person got.
 */
@Controller
@RequestMapping("/sip/{id}")
class PlanController {

	private final Sips sips;

	private final Directory directory;

	private final CaseModel caseModel;

	PlanController(Sips sips, Directory directory, CaseModel caseModel) {
		this.sips = sips;
		this.directory = directory;
		this.caseModel = caseModel;
	}

	@ModelAttribute("terms")
	List<PlanContent.Goal.Term> terms() {
		return Arrays.asList(PlanContent.Goal.Term.values());
	}

	@ModelAttribute("timings")
	List<PlanContent.Action.Timing> timings() {
		return Arrays.asList(PlanContent.Action.Timing.values());
	}

	@GetMapping("/plan")
	String planForm(@PathVariable UUID id, Model model) {
		Sips.Case sipCase = sips.readFor(id, Move.EDIT_PLAN);
		Sip sip = sipCase.sip();
		model.addAttribute("planForm", PlanForm.of(sip.plan(), sip.version()));
		return planPage(model, sipCase);
	}

	@PostMapping("/plan")
	String editPlan(@PathVariable UUID id, @ModelAttribute PlanForm planForm, BindingResult binding,
			@RequestParam(name = "fler", required = false) String moreRows, Model model, RedirectAttributes redirect) {
		planForm.check(binding);
		if (!binding.hasErrors() && FormRefusals.attempt(binding,
				() -> sips.editPlan(id, planForm.getVersion(), planForm.toContent()))) {
			if (moreRows != null) {
				return "redirect:/sip/" + id + "/plan";
			}
			redirect.addFlashAttribute("notice", "sip.plan.saved");
			return "redirect:/sip/" + id;
		}
		return planPage(model, sips.readFor(id, Move.EDIT_PLAN));
	}

	private String planPage(Model model, Sips.Case sipCase) {
		Sip sip = sipCase.sip();
		caseModel.add(model, sipCase);
		model.addAttribute("participatingUnits",
				sip.participants().stream().filter(p -> p.unitId() != null).map(Participant::unitId).toList());
		return "sip/plan";
	}

	/**
	 * Everyone taking part is ticked as having planned together; the one confirming
	 * unticks those who were not there.
	 */
	@GetMapping("/faststall")
	String confirmForm(@PathVariable UUID id, Model model) {
		Sips.Case sipCase = sips.readFor(id, Move.CONFIRM_PLAN);
		Sip sip = sipCase.sip();
		var form = new ConfirmForm();
		form.setVersion(sip.version());
		sip.coordinator().ifPresent(coordinator -> form.setCoordinator(coordinator.staffId()));
		form.setFollowUp(sip.nextFollowUp().orElse(null));
		form.setTookPart(sip.participants().stream().map(Participant::id).collect(Collectors.toSet()));
		model.addAttribute("confirmForm", form);
		return confirmPage(model, sipCase);
	}

	@PostMapping("/faststall")
	String confirm(@PathVariable UUID id, @Valid @ModelAttribute ConfirmForm confirmForm, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && FormRefusals.attempt(binding, () -> sips.confirmPlan(id, confirmForm.getVersion(),
				confirmForm.getCoordinator(), confirmForm.getFollowUp(), confirmForm.getTookPart()))) {
			redirect.addFlashAttribute("notice", "sip.plan.confirmed");
			return "redirect:/sip/" + id;
		}
		return confirmPage(model, sips.readFor(id, Move.CONFIRM_PLAN));
	}

	/**
	 * Coordinators: those the SIP lets coordinate (active staff of participating kommun
	 * or region units).
	 */
	private String confirmPage(Model model, Sips.Case sipCase) {
		caseModel.add(model, sipCase);
		model.addAttribute("coordinators", sips.coordinatorCandidates(sipCase.sip()));
		return "sip/confirm";
	}

	@GetMapping("/versioner/{number}")
	String version(@PathVariable UUID id, @PathVariable int number, Model model) {
		Sips.Overview overview = sips.overview(id);
		List<PlanVersion> versions = overview.versions();
		PlanVersion version = versions.stream()
			.filter(v -> v.number() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("version " + number + " of sip " + id));
		PlanDelivery.Given given = overview.deliveries().get(number);
		ShownNames shown = new ShownNames().of(version, true);
		if (given != null) {
			shown.staff(List.of(given.recordedBy()));
		}
		caseModel.add(model, overview.sipCase(), shown);
		model.addAttribute("version", version);
		model.addAttribute("versions", versions);
		model.addAttribute("given", given);
		if (!model.containsAttribute("planGivenForm")) {
			var form = new PlanGivenForm();
			form.setVersion(overview.sip().version());
			model.addAttribute("planGivenForm", form);
		}
		model.addAttribute("deliveries", PlanDelivery.values());
		return "sip/version";
	}

	@PostMapping("/versioner/{number}/lamnad")
	String planGiven(@PathVariable UUID id, @PathVariable int number,
			@Valid @ModelAttribute PlanGivenForm planGivenForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors() && FormRefusals.attempt(binding,
				() -> sips.recordPlanGiven(id, planGivenForm.getVersion(), number, planGivenForm.getDelivery()))) {
			redirect.addFlashAttribute("notice", "sip.planGiven.saved");
			return "redirect:/sip/" + id + "/versioner/" + number;
		}
		return version(id, number, model);
	}

	@GetMapping("/jamfor")
	String compare(@PathVariable UUID id, @RequestParam("a") int a, @RequestParam("b") int b, Model model) {
		Sips.Overview overview = sips.overview(id);
		PlanVersion left = overview.versions()
			.stream()
			.filter(v -> v.number() == a)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("version " + a));
		PlanVersion right = overview.versions()
			.stream()
			.filter(v -> v.number() == b)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("version " + b));
		caseModel.add(model, overview.sipCase(), new ShownNames().of(left.content()).of(right.content()));
		model.addAttribute("left", left);
		model.addAttribute("right", right);
		return "sip/compare";
	}

}
