package se.samordna.directory.web;

import java.util.Arrays;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samordna.directory.Directory;
import se.samordna.directory.Organisation;
import se.samordna.directory.OrganisationKind;
import se.samordna.directory.Organisationsnummer;
import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.FieldRefusal;
import se.samordna.platform.NotFoundException;

/** Admin pages for principals (kommun, region) and other actors. */
@Controller
@RequestMapping("/admin/organisationer")
class AdminOrganisationController {

	private final Directory directory;

	AdminOrganisationController(Directory directory) {
		this.directory = directory;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("organisationKinds")
	List<OrganisationKind> kinds() {
		return Arrays.asList(OrganisationKind.values());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("organisations", directory.organisations());
		return "directory/organisations";
	}

	@GetMapping("/ny")
	String newOrganisation(Model model) {
		model.addAttribute("organisationForm", new OrganisationForm());
		return "directory/organisation-form";
	}

	@PostMapping("/ny")
	String create(@Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult binding,
			RedirectAttributes redirect) {
		Organisationsnummer number = number(form, binding);
		if (binding.hasErrors()) {
			return "directory/organisation-form";
		}
		try {
			Organisation saved = directory.createOrganisation(form.getName(), form.getKind(), number);
			redirect.addFlashAttribute("saved", saved.name());
			return "redirect:/admin/organisationer";
		}
		catch (FieldRefusal refusal) {
			binding.rejectValue(refusal.field(), refusal.messageKey());
			return "directory/organisation-form";
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		Organisation organisation = directory.organisation(id)
			.orElseThrow(() -> new NotFoundException("organisation " + id));
		model.addAttribute("organisationForm", OrganisationForm.of(organisation));
		model.addAttribute("organisationId", id);
		return "directory/organisation-form";
	}

	@PostMapping("/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("organisationForm") OrganisationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		model.addAttribute("organisationId", id);
		Organisationsnummer number = number(form, binding);
		if (binding.hasErrors()) {
			return "directory/organisation-form";
		}
		try {
			Organisation saved = directory.changeOrganisation(id, form.getVersion(), form.getName(), form.getKind(),
					number);
			redirect.addFlashAttribute("saved", saved.name());
			return "redirect:/admin/organisationer";
		}
		catch (FieldRefusal refusal) {
			binding.rejectValue(refusal.field(), refusal.messageKey());
			return "directory/organisation-form";
		}
		catch (ConcurrentEditException concurrent) {
			binding.reject(concurrent.messageKey());
			return "directory/organisation-form";
		}
	}

	/**
	 * Empty is allowed (a school may not have its own); anything else must be a valid
	 * number.
	 */
	private static @Nullable Organisationsnummer number(OrganisationForm form, BindingResult binding) {
		if (form.getOrganisationsnummer().isBlank()) {
			return null;
		}
		if (!Organisationsnummer.isValid(form.getOrganisationsnummer())) {
			binding.rejectValue("organisationsnummer", "directory.organisation.number.invalid");
			return null;
		}
		return Organisationsnummer.of(form.getOrganisationsnummer());
	}

}
