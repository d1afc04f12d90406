package se.samordna.directory.web;

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

import se.samordna.directory.Directory;
import se.samordna.directory.Role;
import se.samordna.directory.StaffAccount;
import se.samordna.directory.Unit;
import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.FieldRefusal;
import se.samordna.platform.NotFoundException;

/** Admin pages for staff accounts: list, create, edit. */
@Controller
@RequestMapping("/admin/personal")
class AdminStaffController {

	private final Directory directory;

	AdminStaffController(Directory directory) {
		this.directory = directory;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("units")
	List<Unit> units() {
		return directory.units();
	}

	@ModelAttribute("allRoles")
	List<Role> roles() {
		return Arrays.asList(Role.values());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("staff", directory.staff());
		model.addAttribute("unitsById", directory.unitsById());
		return "directory/staff";
	}

	@GetMapping("/ny")
	String newStaff(Model model) {
		model.addAttribute("staffForm", new StaffForm());
		return "directory/staff-form";
	}

	@PostMapping("/ny")
	String create(@Valid @ModelAttribute("staffForm") StaffForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return "directory/staff-form";
		}
		try {
			StaffAccount account = directory.createStaff(form.toDetails());
			redirect.addFlashAttribute("saved", account.displayName());
			return "redirect:/admin/personal";
		}
		catch (FieldRefusal refusal) {
			binding.rejectValue(refusal.field(), refusal.messageKey());
			return "directory/staff-form";
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		StaffAccount account = directory.staff(id).orElseThrow(() -> new NotFoundException("staff " + id));
		model.addAttribute("staffForm", StaffForm.of(account));
		model.addAttribute("staffId", id);
		return "directory/staff-form";
	}

	@PostMapping("/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("staffForm") StaffForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("staffId", id);
		if (binding.hasErrors()) {
			return "directory/staff-form";
		}
		try {
			StaffAccount account = directory.changeStaff(id, form.getVersion(), form.toDetails());
			redirect.addFlashAttribute("saved", account.displayName());
			return "redirect:/admin/personal";
		}
		catch (FieldRefusal refusal) {
			binding.rejectValue(refusal.field(), refusal.messageKey());
			return "directory/staff-form";
		}
		catch (ConcurrentEditException concurrent) {
			binding.reject(concurrent.messageKey());
			return "directory/staff-form";
		}
	}

}
