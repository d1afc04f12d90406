package se.samordna.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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

import se.samordna.access.AccessControl;
import se.samordna.access.CitizenRight;
import se.samordna.access.CurrentUsers;
import se.samordna.directory.Directory;
import se.samordna.directory.Organisation;
import se.samordna.directory.StaffAccount;
import se.samordna.directory.Unit;
import se.samordna.meetings.MeetingStatus;
import se.samordna.meetings.Meetings;
import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.FieldRefusal;
import se.samordna.platform.NotFoundException;
import se.samordna.platform.UserFacingException;
import se.samordna.portal.PortalLanguage;
import se.samordna.portal.internal.SeenVersions;
import se.samordna.sip.OwnPreparation;
import se.samordna.sip.PlanChanges;
import se.samordna.sip.PlanVersion;
import se.samordna.sip.Preparation;
import se.samordna.sip.CitizenSips;
import se.samordna.sip.CitizenSips.Case;
import se.samordna.sip.CitizenSips.Item;
import se.samordna.survey.Surveys;

/**
 * The individual's own pages: their SIPs, the plan, the next meeting, their preparation,
 * their comments and their consent. Every page reads through the SIP's check for
 * citizens, which logs the read; a SIP the signed-in person may not see answers 404, as a
 * missing one does.
 */
@Controller
@RequestMapping("/mina-sidor")
class PortalController {

	static final int COMMENT_LENGTH = 2000;

	private final CitizenSips sips;

	private final Meetings meetings;

	private final Directory directory;

	private final SeenVersions seenVersions;

	private final CurrentUsers users;

	private final AccessControl access;

	private final Clock clock;

	private final Surveys surveys;

	PortalController(CitizenSips sips, Meetings meetings, Directory directory, SeenVersions seenVersions,
			CurrentUsers users, AccessControl access, Surveys surveys, Clock clock) {
		this.surveys = surveys;
		this.sips = sips;
		this.meetings = meetings;
		this.directory = directory;
		this.seenVersions = seenVersions;
		this.users = users;
		this.access = access;
		this.clock = clock;
	}

	@ModelAttribute("takingPartOptions")
	Preparation.TakingPart[] takingPartOptions() {
		return Preparation.TakingPart.values();
	}

	// --- start
	// --------------------------------------------------------------------------------

	@GetMapping
	String home(Model model) {
		List<Item> items = sips.list();
		Map<UUID, List<Item>> byPerson = items.stream()
			.collect(Collectors.groupingBy(item -> item.standing().individualId(), LinkedHashMap::new,
					Collectors.toList()));
		model.addAttribute("people", byPerson.values());
		model.addAttribute("surveyOffers", surveys.offersThrough(PortalSurveyController.rolesIn(items)));
		return "portal/home";
	}

	// --- the plan
	// -----------------------------------------------------------------------------

	@GetMapping("/sip/{id}")
	String plan(@PathVariable UUID id, Model model) {
		Case sipCase = sips.read(id);
		addCase(model, sipCase);
		Optional<PlanVersion> current = sipCase.current();
		int seen = seenVersions.seen(id, users.citizen().personalIdentity());
		current.filter(version -> version.number() > seen).ifPresent(version -> {
			model.addAttribute("newVersion", version);
			int compareWith = seen > 0 ? seen : version.number() - 1;
			find(sipCase.versions(), compareWith)
				.ifPresent(before -> model.addAttribute("changes", PlanChanges.between(before, version)));
		});
		current.ifPresent(version -> addVersion(model, version));
		if (current.isEmpty()) {
			model.addAttribute("unitNames", unitNames());
		}
		return "portal/plan";
	}

	@PostMapping("/sip/{id}/sett")
	String seen(@PathVariable UUID id, @RequestParam int version) {
		Case sipCase = sips.read(id);
		if (find(sipCase.versions(), version).isEmpty()) {
			throw new NotFoundException("version " + version + " of sip " + id);
		}
		seenVersions.markSeen(id, users.citizen().personalIdentity(), version);
		return "redirect:/mina-sidor/sip/" + id;
	}

	@GetMapping("/sip/{id}/versioner/{number}")
	String version(@PathVariable UUID id, @PathVariable int number, Model model) {
		Case sipCase = sips.read(id);
		PlanVersion version = find(sipCase.versions(), number)
			.orElseThrow(() -> new NotFoundException("version " + number + " of sip " + id));
		addCase(model, sipCase);
		addVersion(model, version);
		find(sipCase.versions(), number - 1)
			.ifPresent(before -> model.addAttribute("changes", PlanChanges.between(before, version)));
		return "portal/version";
	}

	@PostMapping("/sip/{id}/synpunkter")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String goal,
			@RequestParam(defaultValue = "") String text, Model model, RedirectAttributes redirect) {
		String error = null;
		if (text.length() > COMMENT_LENGTH) {
			error = "portal.error.tooLong";
		}
		else {
			try {
				sips.comment(id, goal.isBlank() ? null : goal, text);
				redirect.addFlashAttribute("notice", "portal.comment.saved");
				return "redirect:/mina-sidor/sip/" + id + "#synpunkter";
			}
			catch (FieldRefusal refusal) {
				error = "portal.error.comment";
			}
			catch (UserFacingException refusal) {
				redirect.addFlashAttribute("problem", "portal.error.commentNotNow");
				return "redirect:/mina-sidor/sip/" + id;
			}
		}
		model.addAttribute("commentGoal", goal);
		model.addAttribute("commentText", text);
		model.addAttribute("commentError", error);
		return plan(id, model);
	}

	// --- the meeting
	// --------------------------------------------------------------------------

	@GetMapping("/sip/{id}/mote")
	String meeting(@PathVariable UUID id, Model model) {
		Meetings.CitizenMeetings read = meetings.forCitizen(id);
		addCase(model, read.sipCase());
		model.addAttribute("next", read.next().orElse(null));
		model.addAttribute("meetings", read.meetings());
		LocalDateTime now = LocalDateTime.now(clock);
		model.addAttribute("cancelledAhead",
				read.meetings()
					.stream()
					.filter(m -> m.status() == MeetingStatus.CANCELLED && m.time().startsAt().isAfter(now))
					.toList());
		model.addAttribute("unitNames", unitNames());
		return "portal/meeting";
	}

	// --- preparation
	// --------------------------------------------------------------------------

	@GetMapping("/sip/{id}/forbered")
	String prepare(@PathVariable UUID id, Model model) {
		Case sipCase = sips.read(id, CitizenRight.TAKE_PART);
		addCase(model, sipCase);
		model.addAttribute("guardiansSeeOwnNotes", access.ownNotesSharedWithGuardians(sipCase.standing()));
		if (!model.containsAttribute("preparationForm")) {
			OwnPreparation mine = sipCase.notes()
				.stream()
				.filter(note -> note.writtenBy() == sipCase.standing().standing())
				.findFirst()
				.orElse(null);
			model.addAttribute("preparationForm", OwnPreparationForm.of(sipCase.sip().version(), mine));
		}
		return "portal/prepare";
	}

	@PostMapping("/sip/{id}/forbered")
	String prepare(@PathVariable UUID id, @ModelAttribute("preparationForm") OwnPreparationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.checkLengths(result);
		if (!result.hasErrors()) {
			try {
				sips.prepare(id, form.getVersion(), form.draft());
				redirect.addFlashAttribute("notice", "portal.prepare.saved");
				return "redirect:/mina-sidor/sip/" + id + "/forbered";
			}
			catch (FieldRefusal refusal) {
				result.rejectValue(refusal.field(), "portal.error." + refusal.field());
			}
			catch (ConcurrentEditException changed) {
				model.addAttribute("problem", "portal.error.changed");
			}
			catch (UserFacingException refused) {
				model.addAttribute("problem", "portal.error.prepareNotNow");
			}
		}
		return prepare(id, model);
	}

	@PostMapping("/sip/{id}/delning")
	String share(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean share,
			RedirectAttributes redirect) {
		Case sipCase = sips.read(id);
		access.shareOwnNotesWithGuardians(sipCase.standing().subject(), share);
		redirect.addFlashAttribute("notice", share ? "portal.share.on" : "portal.share.off");
		return "redirect:/mina-sidor/sip/" + id + "/forbered";
	}

	// --- consent
	// ------------------------------------------------------------------------------

	@GetMapping("/sip/{id}/samtycke")
	String consent(@PathVariable UUID id, Model model) {
		Case sipCase = sips.read(id);
		addCase(model, sipCase);
		Map<UUID, Organisation> organisations = directory.organisationsById();
		model.addAttribute("sharingOrganisations",
				sipCase.sip()
					.consentGiven()
					.map(consent -> consent.sharingOrganisations()
						.stream()
						.map(organisations::get)
						.filter(java.util.Objects::nonNull)
						.map(Organisation::name)
						.sorted()
						.toList())
					.orElse(List.of()));
		Map<UUID, String> unitNames = unitNames();
		model.addAttribute("involvedUnits",
				sipCase.sip()
					.participants()
					.stream()
					.filter(participant -> participant.unitId() != null)
					.map(participant -> unitNames.get(participant.unitId()))
					.filter(java.util.Objects::nonNull)
					.toList());
		return "portal/consent";
	}

	@PostMapping("/sip/{id}/samtycke/aterkalla")
	String withdraw(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean understood, Model model, RedirectAttributes redirect) {
		if (!understood) {
			model.addAttribute("withdrawError", "portal.error.understood");
			return consent(id, model);
		}
		try {
			sips.withdrawConsent(id, version);
			redirect.addFlashAttribute("notice", "portal.consent.withdrawn");
		}
		catch (ConcurrentEditException changed) {
			redirect.addFlashAttribute("problem", "portal.error.changed");
		}
		catch (UserFacingException refused) {
			redirect.addFlashAttribute("problem", "portal.error.withdrawNotNow");
		}
		return "redirect:/mina-sidor/sip/" + id + "/samtycke";
	}

	// --- helpers
	// ------------------------------------------------------------------------------

	private void addCase(Model model, Case sipCase) {
		model.addAttribute("sipCase", sipCase);
		model.addAttribute("sip", sipCase.sip());
		model.addAttribute("standing", sipCase.standing());
		model.addAttribute("today", LocalDate.now(clock));
	}

	private void addVersion(Model model, PlanVersion version) {
		model.addAttribute("version", version);
		model.addAttribute("unitNames", unitNames());
		Optional<StaffAccount> coordinator = directory.staff(version.coordinator().staffId());
		Optional<Unit> coordinatorUnit = directory.unit(version.coordinator().unitId());
		model.addAttribute("coordinator", coordinator.orElse(null));
		model.addAttribute("coordinatorUnit", coordinatorUnit.orElse(null));
		// the plan is printed in these; each link is named in its own language
		model.addAttribute("printLanguages", List.of(PortalLanguage.SV, PortalLanguage.LATTLAST, PortalLanguage.EN));
	}

	private Map<UUID, String> unitNames() {
		return directory.unitsById().values().stream().collect(Collectors.toMap(Unit::id, Unit::name));
	}

	private static Optional<PlanVersion> find(List<PlanVersion> versions, int number) {
		return versions.stream().filter(v -> v.number() == number).findFirst();
	}

}
