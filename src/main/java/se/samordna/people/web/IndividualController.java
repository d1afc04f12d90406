package se.samordna.people.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samordna.directory.Directory;
import se.samordna.directory.Unit;
import se.samordna.directory.UnitKind;
import se.samordna.people.Individual;
import se.samordna.people.MandateArea;
import se.samordna.people.People;
import se.samordna.people.Personnummer;
import se.samordna.people.RelationDetails;
import se.samordna.people.RelationKind;
import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.FormRefusals;
import se.samordna.platform.NotFoundException;

/**
 * Staff pages for individuals: search by personnummer, register, read, change, relations.
 * Personnummer travel in posted forms only; URLs carry ids.
 */
@Controller
@RequestMapping("/personer")
class IndividualController {

	private final People people;

	private final Directory directory;

	IndividualController(People people, Directory directory) {
		this.people = people;
		this.directory = directory;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/**
	 * Every person page is for staff who work with individuals; anyone else (an analyst,
	 * an administrator) gets the 404 of a page that is not there, crafted requests too.
	 */
	@ModelAttribute
	void requireWorkWithIndividuals() {
		if (!people.mayWorkWithIndividuals()) {
			throw new NotFoundException("person pages for a user who does not work with individuals");
		}
	}

	@ModelAttribute("careUnits")
	List<Unit> careUnits() {
		return directory.units().stream().filter(unit -> unit.kind() == UnitKind.VARDCENTRAL).toList();
	}

	// --- search and register
	// -------------------------------------------------------------

	@GetMapping
	String searchPage(Model model) {
		model.addAttribute("searchForm", new SearchForm());
		return "people/search";
	}

	/**
	 * The search and registration forms post here; a plain visit (a language switch, a
	 * reload) starts over.
	 */
	@GetMapping({ "/sok", "/ny" })
	String backToSearch() {
		return "redirect:/personer";
	}

	@PostMapping("/sok")
	String search(@Valid @ModelAttribute("searchForm") SearchForm form, BindingResult binding,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		String view = htmx != null ? "people/search :: searchArea" : "people/search";
		if (binding.hasErrors()) {
			return view;
		}
		if (!Personnummer.isValid(form.getPersonnummer())) {
			binding.rejectValue("personnummer", "people.personnummer.invalid");
			return view;
		}
		Personnummer personnummer = Personnummer.of(form.getPersonnummer());
		Optional<Individual> hit = people.search(personnummer);
		model.addAttribute("searched", true);
		if (hit.isPresent()) {
			model.addAttribute("hit", hit.get());
		}
		else {
			var registration = new RegistrationForm();
			registration.setPersonnummer(personnummer.formatted());
			model.addAttribute("registrationForm", registration);
		}
		return view;
	}

	@PostMapping("/ny")
	String register(@Valid @ModelAttribute("registrationForm") RegistrationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("searchForm", new SearchForm());
		model.addAttribute("searched", true);
		Personnummer personnummer = null;
		if (!binding.hasFieldErrors("personnummer")) {
			if (Personnummer.isValid(form.getPersonnummer())) {
				personnummer = Personnummer.of(form.getPersonnummer());
			}
			else {
				binding.rejectValue("personnummer", "people.personnummer.invalid");
			}
		}
		if (binding.hasErrors() || personnummer == null) {
			return "people/search";
		}
		Personnummer whom = personnummer;
		try {
			return FormRefusals
				.attemptAndGet(binding, () -> people.register(whom, form.toDetails(true), form.getReason()))
				.map(registration -> {
					redirect.addFlashAttribute("notice",
							registration.alreadyRegistered() ? "people.register.linked" : "people.register.created");
					return "redirect:/personer/" + registration.individual().id();
				})
				.orElse("people/search");
		}
		catch (NotFoundException refused) {
			binding.reject("people.register.refused");
			return "people/search";
		}
	}

	// --- one individual
	// ------------------------------------------------------------------

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		Individual individual = people.view(id);
		model.addAttribute("individual", individual);
		model.addAttribute("age", individual.personnummer().ageOn(people.today()));
		model.addAttribute("listedCareUnit", individual.listedCareUnitId() == null ? null
				: directory.unit(individual.listedCareUnitId()).orElse(null));
		return "people/individual";
	}

	@GetMapping("/{id}/andra")
	String editForm(@PathVariable UUID id, Model model) {
		Individual individual = people.view(id);
		model.addAttribute("individual", individual);
		model.addAttribute("individualForm", IndividualForm.of(individual));
		return "people/individual-form";
	}

	@PostMapping("/{id}/andra")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("individualForm") IndividualForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Individual individual = people.view(id);
		model.addAttribute("individual", individual);
		if (binding.hasErrors()) {
			return "people/individual-form";
		}
		if (!FormRefusals.attempt(binding,
				() -> people.change(id, form.getVersion(), form.toDetails(!individual.protectedIdentity())))) {
			return "people/individual-form";
		}
		redirect.addFlashAttribute("notice", "people.saved");
		return "redirect:/personer/" + id;
	}

	// --- relations
	// -----------------------------------------------------------------------

	@ModelAttribute("relationKinds")
	List<RelationKind> relationKinds() {
		return Arrays.asList(RelationKind.values());
	}

	@ModelAttribute("mandateAreas")
	List<MandateArea> mandateAreas() {
		return Arrays.asList(MandateArea.values());
	}

	@GetMapping("/{id}/relationer/ny")
	String relationForm(@PathVariable UUID id, Model model) {
		Individual individual = people.view(id);
		var form = new RelationForm();
		form.setVersion(individual.version());
		model.addAttribute("individual", individual);
		model.addAttribute("relationForm", form);
		return "people/relation-form";
	}

	@PostMapping("/{id}/relationer/ny")
	String addRelation(@PathVariable UUID id, @Valid @ModelAttribute("relationForm") RelationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Individual individual = people.view(id);
		model.addAttribute("individual", individual);
		Personnummer personnummer = null;
		if (!form.getPersonnummer().isBlank()) {
			if (Personnummer.isValid(form.getPersonnummer())) {
				personnummer = Personnummer.of(form.getPersonnummer());
			}
			else {
				binding.rejectValue("personnummer", "people.personnummer.invalid");
			}
		}
		if (binding.hasErrors()) {
			return "people/relation-form";
		}
		var details = new RelationDetails(form.getKind(), form.getName(), personnummer, form.getPhone(),
				form.getEmail(), form.getMandate(), form.getNote());
		if (!FormRefusals.attempt(binding, () -> people.addRelation(id, form.getVersion(), details))) {
			return "people/relation-form";
		}
		redirect.addFlashAttribute("notice", "people.relation.saved");
		return "redirect:/personer/" + id;
	}

	@PostMapping("/{id}/relationer/{relationId}/ta-bort")
	String removeRelation(@PathVariable UUID id, @PathVariable UUID relationId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			people.removeRelation(id, version, relationId);
			redirect.addFlashAttribute("notice", "people.relation.removed");
		}
		catch (ConcurrentEditException concurrent) {
			redirect.addFlashAttribute("problem", concurrent.messageKey());
		}
		return "redirect:/personer/" + id;
	}

}
