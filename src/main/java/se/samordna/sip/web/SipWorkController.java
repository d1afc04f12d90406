package se.samordna.sip.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.beans.BeanUtils;
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
import se.samordna.directory.Organisation;
import se.samordna.directory.StaffAccount;
import se.samordna.directory.Unit;
import se.samordna.platform.FieldRefusal;
import se.samordna.platform.NotFoundException;
import se.samordna.platform.UserFacingException;
import se.samordna.sip.ClosingReason;
import se.samordna.sip.FollowUp;
import se.samordna.sip.Participant;
import se.samordna.sip.PlanContent;
import se.samordna.sip.PlanDelivery;
import se.samordna.sip.PlanVersion;
import se.samordna.sip.Preparation;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;

/**
 * The working steps of a SIP: preparation, participants, the plan and its versions,
 * follow-up, closing.
 */
@Controller
@RequestMapping("/sip/{id}")
class SipWorkController {

	private final Sips sips;

	private final Directory directory;

	private final CaseModel caseModel;

	SipWorkController(Sips sips, Directory directory, CaseModel caseModel) {
		this.sips = sips;
		this.directory = directory;
		this.caseModel = caseModel;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("sipId");
	}

	/**
	 * Runs a change; a refusal goes next to its field, or above the form. Returns whether
	 * it went through.
	 */
	private static boolean attempt(BindingResult binding, Runnable change) {
		try {
			change.run();
			return true;
		}
		catch (FieldRefusal refusal) {
			if (hasField(binding, refusal.field())) {
				binding.rejectValue(refusal.field(), refusal.messageKey());
			}
			else {
				binding.reject(refusal.messageKey());
			}
		}
		catch (UserFacingException refused) {
			binding.reject(refused.messageKey());
		}
		return false;
	}

	private static boolean hasField(BindingResult binding, String field) {
		Object target = binding.getTarget();
		return target != null && BeanUtils.getPropertyDescriptor(target.getClass(), field) != null;
	}

	// --- preparation
	// ------------------------------------------------------------------------

	@ModelAttribute("takingPartOptions")
	List<Preparation.TakingPart> takingPart() {
		return Arrays.asList(Preparation.TakingPart.values());
	}

	@GetMapping("/forberedelser")
	String preparationForm(@PathVariable UUID id, Model model) {
		Sip sip = sips.view(id);
		model.addAttribute("preparationForm",
				sip.preparation().map(p -> PreparationForm.of(p, sip.version())).orElseGet(() -> {
					var form = new PreparationForm();
					form.setVersion(sip.version());
					return form;
				}));
		caseModel.add(model, sip);
		return "sip/preparation";
	}

	@PostMapping("/forberedelser")
	String prepare(@PathVariable UUID id, @Valid @ModelAttribute PreparationForm preparationForm, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && attempt(binding,
				() -> sips.prepare(id, preparationForm.getVersion(), preparationForm.toPreparation()))) {
			redirect.addFlashAttribute("notice", "sip.preparation.saved");
			return "redirect:/sip/" + id;
		}
		caseModel.add(model, sips.view(id));
		return "sip/preparation";
	}

	// --- participants
	// -----------------------------------------------------------------------

	@ModelAttribute("personKinds")
	List<Participant.Kind> personKinds() {
		return List.of(Participant.Kind.RELATIVE, Participant.Kind.REPRESENTATIVE);
	}

	@GetMapping("/deltagare")
	String participants(@PathVariable UUID id, Model model) {
		Sip sip = sips.view(id);
		var unitForm = new UnitParticipantForm();
		unitForm.setVersion(sip.version());
		var personForm = new PersonParticipantForm();
		personForm.setVersion(sip.version());
		model.addAttribute("unitParticipantForm", unitForm);
		model.addAttribute("personParticipantForm", personForm);
		return participantsPage(model, sip);
	}

	@PostMapping("/deltagare/enhet")
	String addUnit(@PathVariable UUID id, @Valid @ModelAttribute UnitParticipantForm unitParticipantForm,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && attempt(binding, () -> sips.addUnit(id, unitParticipantForm.getVersion(),
				unitParticipantForm.getUnitId(), unitParticipantForm.getRole()))) {
			redirect.addFlashAttribute("notice", "sip.participant.added");
			return "redirect:/sip/" + id + "/deltagare";
		}
		Sip sip = sips.view(id);
		var personForm = new PersonParticipantForm();
		personForm.setVersion(sip.version());
		model.addAttribute("personParticipantForm", personForm);
		return participantsPage(model, sip);
	}

	@PostMapping("/deltagare/person")
	String addPerson(@PathVariable UUID id, @Valid @ModelAttribute PersonParticipantForm personParticipantForm,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && attempt(binding, () -> sips.addPerson(id, personParticipantForm.getVersion(),
				personParticipantForm.getKind(), personParticipantForm.getName(), personParticipantForm.getRole()))) {
			redirect.addFlashAttribute("notice", "sip.participant.added");
			return "redirect:/sip/" + id + "/deltagare";
		}
		Sip sip = sips.view(id);
		var unitForm = new UnitParticipantForm();
		unitForm.setVersion(sip.version());
		model.addAttribute("unitParticipantForm", unitForm);
		return participantsPage(model, sip);
	}

	@PostMapping("/deltagare/{participantId}/ta-bort")
	String removeParticipant(@PathVariable UUID id, @PathVariable UUID participantId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			sips.removeParticipant(id, version, participantId);
			redirect.addFlashAttribute("notice", "sip.participant.removed");
		}
		catch (UserFacingException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/sip/" + id + "/deltagare";
	}

	private String participantsPage(Model model, Sip sip) {
		caseModel.add(model, sip);
		model.addAttribute("units", directory.units());
		return "sip/participants";
	}

	// --- the plan
	// ---------------------------------------------------------------------------

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
		Sip sip = sips.view(id);
		model.addAttribute("planForm", PlanForm.of(sip.plan(), sip.version()));
		return planPage(model, sip);
	}

	@PostMapping("/plan")
	String editPlan(@PathVariable UUID id, @Valid @ModelAttribute PlanForm planForm, BindingResult binding,
			@RequestParam(name = "fler", required = false) String moreRows, Model model, RedirectAttributes redirect) {
		planForm.check(binding);
		if (!binding.hasErrors()
				&& attempt(binding, () -> sips.editPlan(id, planForm.getVersion(), planForm.toContent()))) {
			if (moreRows != null) {
				return "redirect:/sip/" + id + "/plan";
			}
			redirect.addFlashAttribute("notice", "sip.plan.saved");
			return "redirect:/sip/" + id;
		}
		return planPage(model, sips.view(id));
	}

	private String planPage(Model model, Sip sip) {
		caseModel.add(model, sip);
		model.addAttribute("participatingUnits",
				sip.participants().stream().filter(p -> p.unitId() != null).map(Participant::unitId).toList());
		return "sip/plan";
	}

	@GetMapping("/faststall")
	String confirmForm(@PathVariable UUID id, Model model) {
		Sip sip = sips.view(id);
		var form = new ConfirmForm();
		form.setVersion(sip.version());
		sip.coordinator().ifPresent(coordinator -> form.setCoordinatorStaffId(coordinator.staffId()));
		form.setFollowUp(sip.nextFollowUp().orElse(null));
		model.addAttribute("confirmForm", form);
		return confirmPage(model, sip);
	}

	@PostMapping("/faststall")
	String confirm(@PathVariable UUID id, @Valid @ModelAttribute ConfirmForm confirmForm, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && attempt(binding, () -> sips.confirmPlan(id, confirmForm.getVersion(),
				confirmForm.getCoordinatorStaffId(), confirmForm.getFollowUp()))) {
			redirect.addFlashAttribute("notice", "sip.plan.confirmed");
			return "redirect:/sip/" + id;
		}
		return confirmPage(model, sips.view(id));
	}

	/**
	 * Coordinators: named staff of participating units that belong to a kommun or a
	 * region.
	 */
	private String confirmPage(Model model, Sip sip) {
		caseModel.add(model, sip);
		Map<UUID, Unit> units = directory.unitsById();
		Map<UUID, Organisation> organisations = directory.organisationsById();
		Set<UUID> participating = sip.participants()
			.stream()
			.map(Participant::unitId)
			.filter(u -> u != null)
			.collect(Collectors.toSet());
		List<StaffAccount> coordinators = directory.staff()
			.stream()
			.filter(StaffAccount::active)
			.filter(staff -> participating.contains(staff.unitId()))
			.filter(staff -> organisations.get(units.get(staff.unitId()).organisationId()).isPrincipal())
			.toList();
		model.addAttribute("coordinators", coordinators);
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
		caseModel.add(model, overview.sip());
		model.addAttribute("version", version);
		model.addAttribute("versions", versions);
		model.addAttribute("given", overview.deliveries().get(number));
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
		if (!binding.hasErrors() && attempt(binding,
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
		caseModel.add(model, overview.sip());
		model.addAttribute("left", left);
		model.addAttribute("right", right);
		return "sip/compare";
	}

	// --- follow-up and closing
	// --------------------------------------------------------------

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
		Sip sip = sips.view(id);
		model.addAttribute("followUpForm", FollowUpForm.of(sip.plan(), sip.version()));
		caseModel.add(model, sip);
		return "sip/follow-up";
	}

	@PostMapping("/uppfoljning")
	String recordFollowUp(@PathVariable UUID id, @Valid @ModelAttribute FollowUpForm followUpForm,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		followUpForm.check(binding);
		if (!binding.hasErrors() && attempt(binding,
				() -> sips.recordFollowUp(id, followUpForm.getVersion(), followUpForm.toFollowUp()))) {
			redirect.addFlashAttribute("notice", "sip.followUp.saved");
			return "redirect:/sip/" + id;
		}
		caseModel.add(model, sips.view(id));
		return "sip/follow-up";
	}

	@GetMapping("/avsluta")
	String closeForm(@PathVariable UUID id, Model model) {
		Sip sip = sips.view(id);
		var form = new CloseForm();
		form.setVersion(sip.version());
		model.addAttribute("closeForm", form);
		caseModel.add(model, sip);
		closingReasonsFor(sip, model);
		return "sip/close";
	}

	@PostMapping("/avsluta")
	String close(@PathVariable UUID id, @Valid @ModelAttribute CloseForm closeForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors() && attempt(binding,
				() -> sips.close(id, closeForm.getVersion(), closeForm.getReason(), closeForm.getText()))) {
			redirect.addFlashAttribute("notice", "sip.closed.saved");
			return "redirect:/sip/" + id;
		}
		Sip sip = sips.view(id);
		caseModel.add(model, sip);
		closingReasonsFor(sip, model);
		return "sip/close";
	}

}
