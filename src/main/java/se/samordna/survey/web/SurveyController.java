package se.samordna.survey.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.samordna.access.CurrentUsers;
import se.samordna.directory.Directory;
import se.samordna.directory.Organisation;
import se.samordna.directory.Role;
import se.samordna.directory.Unit;
import se.samordna.platform.NotFoundException;
import se.samordna.platform.UserFacingException;
import se.samordna.survey.ImportRefused;
import se.samordna.survey.QrCode;
import se.samordna.survey.Questionnaire;
import se.samordna.survey.SurveyCode;
import se.samordna.survey.SurveyForm;
import se.samordna.survey.SurveyImport;
import se.samordna.survey.SurveyOptions;
import se.samordna.survey.Surveys;

/**
 * Staff answer the survey from their inbox, hand out one-time codes, and import paper
 * answers.
 */
@Controller
class SurveyController {

	private final Surveys surveys;

	private final SurveyImport imports;

	private final Directory directory;

	private final CurrentUsers users;

	private final Clock clock;

	SurveyController(Surveys surveys, SurveyImport imports, Directory directory, CurrentUsers users, Clock clock) {
		this.clock = clock;
		this.surveys = surveys;
		this.imports = imports;
		this.directory = directory;
		this.users = users;
	}

	@ModelAttribute("unitNames")
	Map<UUID, String> unitNames() {
		var names = new LinkedHashMap<UUID, String>();
		directory.units().forEach(unit -> names.put(unit.id(), unit.name()));
		return names;
	}

	@GetMapping("/enkater")
	String offers(Model model) {
		model.addAttribute("offers", surveys.offersToMyUnit());
		model.addAttribute("mayImport", mayImport());
		return "survey/offers";
	}

	@GetMapping("/enkater/{offerId}")
	String form(@PathVariable UUID offerId, Model model) {
		model.addAttribute("surveyForm", new SurveyForm());
		return page(surveys.offeredToMyUnit(offerId), model);
	}

	@PostMapping("/enkater/{offerId}")
	String answer(@PathVariable UUID offerId, @ModelAttribute SurveyForm surveyForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Surveys.Offered offered = surveys.offeredToMyUnit(offerId);
		Questionnaire questionnaire = offered.questionnaire();
		surveyForm.check(questionnaire, SurveyOptions.municipalityCodes(directory), binding, "survey.");
		if (binding.hasErrors()) {
			return page(offered, model);
		}
		surveys.answerToMyUnit(offerId, surveyForm.background(questionnaire), surveyForm.getAnswers());
		redirect.addFlashAttribute("notice", "survey.thanks");
		return "redirect:/enkater";
	}

	@PostMapping("/enkater/{offerId}/avsta")
	String decline(@PathVariable UUID offerId, RedirectAttributes redirect) {
		surveys.declineToMyUnit(offerId);
		redirect.addFlashAttribute("notice", "survey.declined");
		return "redirect:/enkater";
	}

	private String page(Surveys.Offered offered, Model model) {
		model.addAttribute("questionnaire", offered.questionnaire());
		model.addAttribute("offer", offered.offer());
		SurveyOptions.addTo(model, directory);
		return "survey/answer";
	}

	// --- one-time codes
	// -------------------------------------------------------------------------

	@PostMapping("/sip/{sipId}/moten/{meetingId}/enkatkod")
	String code(@PathVariable UUID sipId, @PathVariable UUID meetingId, Model model, RedirectAttributes redirect) {
		SurveyCode code;
		try {
			code = surveys.newCode(sipId, meetingId);
		}
		catch (UserFacingException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
			return "redirect:/sip/" + sipId + "/moten/" + meetingId;
		}
		String link = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/mina-sidor/enkat")
			.queryParam("kod", code.code())
			.build()
			.toUriString();
		model.addAttribute("code", code);
		model.addAttribute("link", link);
		model.addAttribute("qr", QrCode.of(link));
		model.addAttribute("sipId", sipId);
		model.addAttribute("meetingId", meetingId);
		model.addAttribute("zone", clock.getZone());
		return "survey/code";
	}

	// --- import
	// ---------------------------------------------------------------------------------

	private boolean mayImport() {
		var user = users.current();
		return user.hasRole(Role.STATISTICS) || user.hasRole(Role.ADMIN);
	}

	@GetMapping("/enkater/import")
	String importForm(Model model) {
		if (!mayImport()) {
			throw new NotFoundException("survey import");
		}
		addImportOptions(model);
		return "survey/import";
	}

	@PostMapping("/enkater/import")
	String importFile(@RequestParam(required = false) @Nullable UUID organisation,
			@RequestParam(required = false) @Nullable UUID unit, @RequestParam("file") MultipartFile file, Model model,
			RedirectAttributes redirect) {
		if (!mayImport()) {
			throw new NotFoundException("survey import");
		}
		addImportOptions(model);
		model.addAttribute("chosenOrganisation", organisation);
		model.addAttribute("chosenUnit", unit);
		if (organisation == null) {
			model.addAttribute("organisationError", "survey.import.organisation");
			return "survey/import";
		}
		if (file.isEmpty()) {
			model.addAttribute("fileError", "survey.import.noFile");
			return "survey/import";
		}
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			int imported = imports.importAnswers(reader, organisation, unit);
			redirect.addFlashAttribute("imported", imported);
			return "redirect:/enkater/import";
		}
		catch (ImportRefused refused) {
			model.addAttribute("problems", refused.problems());
			return "survey/import";
		}
		catch (NotFoundException wrongUnit) {
			model.addAttribute("unitError", "survey.import.unit");
			return "survey/import";
		}
		catch (IOException e) {
			model.addAttribute("fileError", "survey.import.unreadable");
			return "survey/import";
		}
	}

	private void addImportOptions(Model model) {
		model.addAttribute("organisations",
				directory.organisations()
					.stream()
					.filter(Organisation::isPrincipal)
					.sorted(Comparator.comparing(Organisation::name))
					.toList());
		model.addAttribute("units", directory.units().stream().sorted(Comparator.comparing(Unit::name)).toList());
	}

}
