package se.samordna.directory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samordna.directory.Directory;
import se.samordna.directory.Organisation;
import se.samordna.directory.Unit;
import se.samordna.directory.UnitImport;
import se.samordna.directory.UnitKind;
import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.FieldRefusal;
import se.samordna.platform.NotFoundException;

/** Admin pages for units: list, create, edit, import from CSV. */
@Controller
@RequestMapping("/admin/enheter")
class AdminUnitController {

	private final Directory directory;

	private final UnitImport unitImport;

	AdminUnitController(Directory directory, UnitImport unitImport) {
		this.directory = directory;
		this.unitImport = unitImport;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("organisations")
	Iterable<Organisation> organisations() {
		return directory.organisations();
	}

	@ModelAttribute("unitKinds")
	Iterable<UnitKind> unitKinds() {
		return Arrays.asList(UnitKind.values());
	}

	@GetMapping
	String list(Model model) {
		Map<UUID, Organisation> organisations = directory.organisationsById();
		model.addAttribute("units", directory.units());
		model.addAttribute("organisationsById", organisations);
		return "directory/units";
	}

	@GetMapping("/ny")
	String newUnit(Model model) {
		model.addAttribute("unitForm", new UnitForm());
		return "directory/unit-form";
	}

	@PostMapping("/ny")
	String create(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return "directory/unit-form";
		}
		try {
			Unit unit = directory.createUnit(form.toDetails());
			redirect.addFlashAttribute("saved", unit.name());
			return "redirect:/admin/enheter";
		}
		catch (FieldRefusal refusal) {
			binding.rejectValue(refusal.field(), refusal.messageKey());
			return "directory/unit-form";
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		Unit unit = directory.unit(id).orElseThrow(() -> new NotFoundException("unit " + id));
		model.addAttribute("unitForm", UnitForm.of(unit));
		model.addAttribute("unitId", id);
		return "directory/unit-form";
	}

	@PostMapping("/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("unitId", id);
		if (binding.hasErrors()) {
			return "directory/unit-form";
		}
		try {
			Unit unit = directory.changeUnit(id, form.getVersion(), form.toDetails());
			redirect.addFlashAttribute("saved", unit.name());
			return "redirect:/admin/enheter";
		}
		catch (FieldRefusal refusal) {
			binding.rejectValue(refusal.field(), refusal.messageKey());
			return "directory/unit-form";
		}
		catch (ConcurrentEditException concurrent) {
			binding.reject(concurrent.messageKey());
			return "directory/unit-form";
		}
	}

	@GetMapping("/import")
	String importForm(Model model) {
		model.addAttribute("columns", UnitImport.COLUMNS);
		return "directory/unit-import";
	}

	@PostMapping("/import")
	String importUnits(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		model.addAttribute("columns", UnitImport.COLUMNS);
		if (file.isEmpty()) {
			model.addAttribute("fileError", "directory.import.noFile");
			return "directory/unit-import";
		}
		try {
			var result = unitImport.importUnits(new String(file.getBytes(), StandardCharsets.UTF_8));
			redirect.addFlashAttribute("imported", result);
			return "redirect:/admin/enheter";
		}
		catch (UnitImport.Rejected rejected) {
			model.addAttribute("importErrors", rejected.errors());
			return "directory/unit-import";
		}
	}

}
