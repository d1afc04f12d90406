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
import se.samordna.sip.Move;
import se.samordna.sip.Preparation;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;

/** Step 3 with the person: what matters, questions, how they want to take part. */
@Controller
@RequestMapping("/sip/{id}")
class PreparationController {

	private final Sips sips;

	private final CaseModel caseModel;

	PreparationController(Sips sips, CaseModel caseModel) {
		this.sips = sips;
		this.caseModel = caseModel;
	}

	@ModelAttribute("takingPartOptions")
	List<Preparation.TakingPart> takingPart() {
		return Arrays.asList(Preparation.TakingPart.values());
	}

	@GetMapping("/forberedelser")
	String preparationForm(@PathVariable UUID id, Model model) {
		Sips.Case sipCase = sips.readFor(id, Move.PREPARE);
		Sip sip = sipCase.sip();
		model.addAttribute("preparationForm",
				sip.preparation().map(p -> PreparationForm.of(p, sip.version())).orElseGet(() -> {
					var form = new PreparationForm();
					form.setVersion(sip.version());
					return form;
				}));
		caseModel.add(model, sipCase);
		return "sip/preparation";
	}

	@PostMapping("/forberedelser")
	String prepare(@PathVariable UUID id, @Valid @ModelAttribute PreparationForm preparationForm, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && FormRefusals.attempt(binding,
				() -> sips.prepare(id, preparationForm.getVersion(), preparationForm.toPreparation()))) {
			redirect.addFlashAttribute("notice", "sip.preparation.saved");
			return "redirect:/sip/" + id;
		}
		caseModel.add(model, sips.readFor(id, Move.PREPARE));
		return "sip/preparation";
	}

}
