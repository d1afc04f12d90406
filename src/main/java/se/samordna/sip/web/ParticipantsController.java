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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samordna.directory.Directory;
import se.samordna.platform.FormRefusals;
import se.samordna.platform.UserFacingException;
import se.samordna.sip.Move;
import se.samordna.sip.Participant;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;

/** The SIP's participants: units (within the consent), relatives and representatives. */
@Controller
@RequestMapping("/sip/{id}")
class ParticipantsController {

	private final Sips sips;

	private final Directory directory;

	private final CaseModel caseModel;

	ParticipantsController(Sips sips, Directory directory, CaseModel caseModel) {
		this.sips = sips;
		this.directory = directory;
		this.caseModel = caseModel;
	}

	@ModelAttribute("personKinds")
	List<Participant.Kind> personKinds() {
		return Arrays.stream(Participant.Kind.values()).filter(Participant.Kind::isPerson).toList();
	}

	@GetMapping("/deltagare")
	String participants(@PathVariable UUID id, Model model) {
		Sips.Case sipCase = sips.readFor(id, Move.CHANGE_PARTICIPANTS);
		Sip sip = sipCase.sip();
		var unitForm = new UnitParticipantForm();
		unitForm.setVersion(sip.version());
		var personForm = new PersonParticipantForm();
		personForm.setVersion(sip.version());
		model.addAttribute("unitParticipantForm", unitForm);
		model.addAttribute("personParticipantForm", personForm);
		return participantsPage(model, sipCase);
	}

	@PostMapping("/deltagare/enhet")
	String addUnit(@PathVariable UUID id, @Valid @ModelAttribute UnitParticipantForm unitParticipantForm,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && FormRefusals.attempt(binding, () -> sips.addUnit(id,
				unitParticipantForm.getVersion(), unitParticipantForm.getUnitId(), unitParticipantForm.getRole()))) {
			redirect.addFlashAttribute("notice", "sip.participant.added");
			return "redirect:/sip/" + id + "/deltagare";
		}
		Sips.Case sipCase = sips.readFor(id, Move.CHANGE_PARTICIPANTS);
		Sip sip = sipCase.sip();
		var personForm = new PersonParticipantForm();
		personForm.setVersion(sipCase.sip().version());
		model.addAttribute("personParticipantForm", personForm);
		return participantsPage(model, sipCase);
	}

	@PostMapping("/deltagare/person")
	String addPerson(@PathVariable UUID id, @Valid @ModelAttribute PersonParticipantForm personParticipantForm,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && FormRefusals.attempt(binding,
				() -> sips.addPerson(id, personParticipantForm.getVersion(), personParticipantForm.getKind(),
						personParticipantForm.getName(), personParticipantForm.getRole()))) {
			redirect.addFlashAttribute("notice", "sip.participant.added");
			return "redirect:/sip/" + id + "/deltagare";
		}
		Sips.Case sipCase = sips.readFor(id, Move.CHANGE_PARTICIPANTS);
		Sip sip = sipCase.sip();
		var unitForm = new UnitParticipantForm();
		unitForm.setVersion(sipCase.sip().version());
		model.addAttribute("unitParticipantForm", unitForm);
		return participantsPage(model, sipCase);
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

	/**
	 * Units are offered grouped by their organisation, principals first, and only those
	 * that work with individuals (the SIP refuses the others).
	 */
	private String participantsPage(Model model, Sips.Case sipCase) {
		Sip sip = sipCase.sip();
		caseModel.add(model, sipCase);
		model.addAttribute("unitGroups", directory.unitsTakingPartInSips());
		return "sip/participants";
	}

}
