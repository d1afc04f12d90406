package se.samordna.meetings.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import se.samordna.access.CurrentUser;
import se.samordna.access.CurrentUsers;
import se.samordna.directory.Directory;
import se.samordna.directory.StaffAccount;
import se.samordna.directory.Unit;
import se.samordna.meetings.AgendaSection;
import se.samordna.meetings.Answer;
import se.samordna.meetings.Attendance;
import se.samordna.meetings.InvitationDeadlines;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingCalendar;
import se.samordna.meetings.MeetingKind;
import se.samordna.meetings.MeetingMove;
import se.samordna.meetings.Meetings;
import se.samordna.platform.FormRefusals;
import se.samordna.sip.Actor;
import se.samordna.sip.Move;
import se.samordna.sip.Participant;
import se.samordna.sip.PlanContent;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;

/**
 * A SIP's meetings: calling one, answering, changing or cancelling it, and holding it.
 */
@Controller
@RequestMapping("/sip/{sipId}/moten")
class MeetingController {

	private final Meetings meetings;

	private final Sips sips;

	private final Directory directory;

	private final CurrentUsers users;

	private final Clock clock;

	private final MessageSource messages;

	private final InvitationDeadlines deadlines;

	MeetingController(Meetings meetings, Sips sips, Directory directory, CurrentUsers users, Clock clock,
			MessageSource messages, InvitationDeadlines deadlines) {
		this.messages = messages;
		this.deadlines = deadlines;
		this.meetings = meetings;
		this.sips = sips;
		this.directory = directory;
		this.users = users;
		this.clock = clock;
	}

	// --- the list and calling
	// ---------------------------------------------------------------

	@GetMapping
	String list(@PathVariable UUID sipId, Model model) {
		Sips.Case sipCase = sips.read(sipId);
		Sip sip = sipCase.sip();
		caseModel(model, sipCase, new Names());
		model.addAttribute("mayCall", mayCall(sip));
		model.addAttribute("meetings", meetings.meetingsOf(sip));
		return "meetings/list";
	}

	@GetMapping("/ny")
	String callForm(@PathVariable UUID sipId, Model model, RedirectAttributes redirect) {
		Sips.Case sipCase = sips.read(sipId);
		Sip sip = sipCase.sip();
		if (!mayCall(sip)) {
			return refusedCall(sipId, redirect);
		}
		var form = new CallForm();
		// units already in the SIP are invited by default, except the caller's own
		UUID mine = users.current().unitId();
		participatingUnits(sip, invitableUnits()).stream().filter(u -> !u.equals(mine)).forEach(form.getUnits()::add);
		model.addAttribute("callForm", form);
		return callPage(model, sipCase);
	}

	@PostMapping
	String call(@PathVariable UUID sipId, @ModelAttribute CallForm callForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Meeting[] called = new Meeting[1];
		// only values that could not be bound stop the domain from naming every problem
		if (!binding.hasErrors() && FormRefusals.attempt(binding, () -> called[0] = meetings.call(sipId,
				callForm.toCall(), callForm.allUnits(), callForm.getPersons()))) {
			redirect.addFlashAttribute("notice", "meetings.called");
			if (called[0].askedAtShortNotice(deadlines)) {
				redirect.addFlashAttribute("warning", "meetings.shortNotice.called");
			}
			return "redirect:/sip/" + sipId + "/moten/" + called[0].id();
		}
		Sips.Case sipCase = sips.read(sipId);
		if (!mayCall(sipCase.sip())) {
			return refusedCall(sipId, redirect);
		}
		return callPage(model, sipCase);
	}

	/**
	 * Whether the SIP lets this user call a meeting now (not before consent, not once
	 * closed).
	 */
	private boolean mayCall(Sip sip) {
		return sip.allowedMoves(actor()).contains(Move.CALL_MEETING);
	}

	private String refusedCall(UUID sipId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", "sip.refused.callMeeting");
		return "redirect:/sip/" + sipId + "/moten";
	}

	private String callPage(Model model, Sips.Case sipCase) {
		Sip sip = sipCase.sip();
		List<Directory.UnitGroup> invitable = invitableUnits();
		List<UUID> participating = participatingUnits(sip, invitable);
		caseModel(model, sipCase, new Names().units(participating));
		model.addAttribute("participatingUnits", participating);
		model.addAttribute("relations", sipCase.individual().relations());
		model.addAttribute("unitGroups", invitable);
		model.addAttribute("noticeDays", deadlines.shortNoticeWorkingDays());
		return "meetings/call";
	}

	/** The units a meeting may invite: those that work with individuals, by principal. */
	private List<Directory.UnitGroup> invitableUnits() {
		return directory.unitsTakingPartInSips();
	}

	private static List<UUID> participatingUnits(Sip sip, List<Directory.UnitGroup> invitable) {
		Set<UUID> candidates = invitable.stream()
			.flatMap(group -> group.units().stream())
			.map(Unit::id)
			.collect(Collectors.toSet());
		return sip.participants()
			.stream()
			.map(Participant::unitId)
			.filter(u -> u != null && candidates.contains(u))
			.toList();
	}

	// --- one meeting
	// ------------------------------------------------------------------------

	@GetMapping("/{meetingId}")
	String meeting(@PathVariable UUID sipId, @PathVariable UUID meetingId, Model model) {
		var read = meetings.read(sipId, meetingId);
		return meetingPage(model, read.meeting(), read.sipCase(), null);
	}

	@PostMapping("/{meetingId}/svar")
	String answer(@PathVariable UUID sipId, @PathVariable UUID meetingId, @Valid @ModelAttribute AnswerForm answerForm,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()
				&& FormRefusals.attempt(binding, () -> meetings.answer(sipId, meetingId, answerForm.getInvitationId(),
						answerForm.getAnswer(), answerForm.getAttendees(), answerForm.getDeclineReason()))) {
			redirect.addFlashAttribute("notice", "meetings.answered");
			return "redirect:/sip/" + sipId + "/moten/" + meetingId;
		}
		model.addAttribute("answerErrors",
				binding.getFieldErrors()
					.stream()
					.collect(Collectors.toMap(FieldError::getField,
							error -> messages.getMessage(error, LocaleContextHolder.getLocale()), (a, b) -> a)));
		if (binding.hasGlobalErrors()) {
			model.addAttribute("problem", binding.getGlobalErrors().get(0).getCode());
		}
		var read = meetings.read(sipId, meetingId);
		return meetingPage(model, read.meeting(), read.sipCase(), answerForm);
	}

	private String meetingPage(Model model, Meeting meeting, Sips.Case sipCase, @Nullable AnswerForm failed) {
		if (!model.containsAttribute("answerErrors")) {
			model.addAttribute("answerErrors", Map.of());
		}
		caseModel(model, sipCase, new Names().of(meeting));
		CurrentUser user = users.current();
		Actor actor = new Actor(user.staffId(), user.unitId());
		model.addAttribute("meeting", meeting);
		model.addAttribute("moves", moves(meeting, actor));
		model.addAttribute("answerable", meeting.answerableBy(actor));
		model.addAttribute("failedAnswer", failed);
		model.addAttribute("answers", List.of(Answer.ACCEPTED, Answer.DECLINED, Answer.SENDS_SOMEONE_ELSE));
		model.addAttribute("me", user.displayName());
		model.addAttribute("shortNotice", meeting.askedAtShortNotice(deadlines));
		model.addAttribute("noticeDays", deadlines.shortNoticeWorkingDays());
		return "meetings/meeting";
	}

	/** The meeting's moves open to this actor now, by name for the templates. */
	private Set<String> moves(Meeting meeting, Actor actor) {
		return meeting.allowedMoves(actor, LocalDateTime.now(clock))
			.stream()
			.map(Enum::name)
			.collect(Collectors.toSet());
	}

	/**
	 * Back to the meeting page, saying why a move is not open (held, cancelled, not the
	 * caller …); empty when it is.
	 */
	private Optional<String> refused(Meeting meeting, MeetingMove move, RedirectAttributes redirect) {
		return meeting.whyNot(move, actor(), LocalDateTime.now(clock)).map(why -> {
			redirect.addFlashAttribute("problem", why);
			return "redirect:/sip/" + meeting.sipId() + "/moten/" + meeting.id();
		});
	}

	/**
	 * The kallelse as the individual reads it: plain words, who comes and who does not.
	 */
	@GetMapping("/{meetingId}/for-den-enskilde")
	String forTheIndividual(@PathVariable UUID sipId, @PathVariable UUID meetingId, Model model) {
		var read = meetings.read(sipId, meetingId);
		caseModel(model, read.sipCase(), new Names().of(read.meeting()));
		model.addAttribute("meeting", read.meeting());
		return "meetings/individual";
	}

	/** The calendar file; for a held meeting, the meeting page says why there is none. */
	@GetMapping("/{meetingId}/kalender.ics")
	ResponseEntity<byte[]> calendar(@PathVariable UUID sipId, @PathVariable UUID meetingId, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<String> ics = meetings.calendarFile(sipId, meetingId);
		if (ics.isEmpty()) {
			String page = "/sip/" + sipId + "/moten/" + meetingId;
			RequestContextUtils.getOutputFlashMap(request).put("problem", "meetings.refused.calendar");
			RequestContextUtils.saveOutputFlashMap(page, request, response);
			return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(page)).build();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("sip-mote.ics").build().toString())
			.body(ics.get().getBytes(StandardCharsets.UTF_8));
	}

	// --- change and cancel
	// ------------------------------------------------------------------

	@GetMapping("/{meetingId}/andra")
	String rescheduleForm(@PathVariable UUID sipId, @PathVariable UUID meetingId, Model model,
			RedirectAttributes redirect) {
		var read = meetings.read(sipId, meetingId);
		Optional<String> refused = refused(read.meeting(), MeetingMove.RESCHEDULE, redirect);
		if (refused.isPresent()) {
			return refused.get();
		}
		model.addAttribute("rescheduleForm", RescheduleForm.of(read.meeting()));
		var cancel = new CancelForm();
		cancel.setVersion(read.meeting().version());
		model.addAttribute("cancelForm", cancel);
		return changePage(model, read.meeting(), read.sipCase());
	}

	@PostMapping("/{meetingId}/andra")
	String reschedule(@PathVariable UUID sipId, @PathVariable UUID meetingId,
			@ModelAttribute RescheduleForm rescheduleForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Meeting[] rescheduled = new Meeting[1];
		if (!binding.hasErrors() && FormRefusals.attempt(binding, () -> rescheduled[0] = meetings.reschedule(sipId,
				meetingId, rescheduleForm.getVersion(), rescheduleForm.toTime()))) {
			redirect.addFlashAttribute("notice", "meetings.rescheduled");
			if (rescheduled[0].askedAtShortNotice(deadlines)) {
				redirect.addFlashAttribute("warning", "meetings.shortNotice.rescheduled");
			}
			return "redirect:/sip/" + sipId + "/moten/" + meetingId;
		}
		var read = meetings.read(sipId, meetingId);
		Optional<String> refused = refused(read.meeting(), MeetingMove.RESCHEDULE, redirect);
		if (refused.isPresent()) {
			return refused.get();
		}
		var cancel = new CancelForm();
		cancel.setVersion(read.meeting().version());
		model.addAttribute("cancelForm", cancel);
		return changePage(model, read.meeting(), read.sipCase());
	}

	@PostMapping("/{meetingId}/stall-in")
	String cancel(@PathVariable UUID sipId, @PathVariable UUID meetingId, @ModelAttribute CancelForm cancelForm,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && FormRefusals.attempt(binding,
				() -> meetings.cancel(sipId, meetingId, cancelForm.getVersion(), cancelForm.getReason()))) {
			redirect.addFlashAttribute("notice", "meetings.cancelled");
			return "redirect:/sip/" + sipId + "/moten/" + meetingId;
		}
		var read = meetings.read(sipId, meetingId);
		Optional<String> refused = refused(read.meeting(), MeetingMove.CANCEL, redirect);
		if (refused.isPresent()) {
			return refused.get();
		}
		model.addAttribute("rescheduleForm", RescheduleForm.of(read.meeting()));
		return changePage(model, read.meeting(), read.sipCase());
	}

	private String changePage(Model model, Meeting meeting, Sips.Case sipCase) {
		caseModel(model, sipCase, new Names().of(meeting));
		model.addAttribute("meeting", meeting);
		model.addAttribute("noticeDays", deadlines.shortNoticeWorkingDays());
		return "meetings/change";
	}

	// --- holding the meeting
	// ----------------------------------------------------------------

	@ModelAttribute("sections")
	List<AgendaSection> sections() {
		return Arrays.asList(AgendaSection.values());
	}

	@ModelAttribute("attendances")
	List<Attendance> attendances() {
		return Arrays.asList(Attendance.values());
	}

	@ModelAttribute("terms")
	List<PlanContent.Goal.Term> terms() {
		return Arrays.asList(PlanContent.Goal.Term.values());
	}

	/**
	 * The protocol, for the caller of a meeting still called: before the meeting has
	 * begun it says so first and offers only to save a draft; a saved draft is loaded
	 * back.
	 */
	@GetMapping("/{meetingId}/protokoll")
	String protocolForm(@PathVariable UUID sipId, @PathVariable UUID meetingId, Model model,
			RedirectAttributes redirect) {
		var read = meetings.read(sipId, meetingId);
		Meeting meeting = read.meeting();
		Optional<String> refused = refused(meeting, MeetingMove.WRITE_PROTOCOL, redirect);
		if (refused.isPresent()) {
			return refused.get();
		}
		Sip sip = read.sip();
		LocalDate followUp = sip.nextFollowUp().orElse(null);
		model.addAttribute("protocolForm",
				meeting.protocolDraft()
					.map(draft -> ProtocolForm.of(meeting, draft))
					.orElseGet(() -> ProtocolForm.of(meeting, sip.plan(),
							sip.coordinator().map(c -> c.staffId()).orElse(null), followUp)));
		return protocolPage(model, meeting, read.sipCase());
	}

	@PostMapping("/{meetingId}/protokoll")
	String hold(@PathVariable UUID sipId, @PathVariable UUID meetingId,
			@Valid @ModelAttribute ProtocolForm protocolForm, BindingResult binding,
			@RequestParam(name = "fler", required = false) String moreRows,
			@RequestParam(name = "utkast", required = false) String draft, Model model, RedirectAttributes redirect) {
		var read = meetings.read(sipId, meetingId);
		Meeting meeting = read.meeting();
		Sip sip = read.sip();
		Optional<String> refused = refused(meeting, MeetingMove.WRITE_PROTOCOL, redirect);
		if (refused.isPresent()) {
			return refused.get();
		}
		if (moreRows != null) {
			protocolForm.withEmptyRows();
			return protocolPage(model, meeting, read.sipCase());
		}
		if (draft != null) {
			if (!binding.hasErrors() && FormRefusals.attempt(binding, () -> meetings.saveProtocolDraft(sipId, meetingId,
					protocolForm.getVersion(), protocolForm.toDraft()))) {
				redirect.addFlashAttribute("notice", "meetings.protocol.draftSaved");
				return "redirect:/sip/" + sipId + "/moten/" + meetingId + "/protokoll";
			}
			return protocolPage(model, meeting, read.sipCase());
		}
		// told before anything else: the meeting is held only once it has begun
		Optional<String> notYet = meeting.whyNot(MeetingMove.HOLD, actor(), LocalDateTime.now(clock));
		if (notYet.isPresent()) {
			binding.reject(notYet.get());
			return protocolPage(model, meeting, read.sipCase());
		}
		protocolForm.check(binding);
		if (!binding.hasErrors()
				&& FormRefusals.attempt(binding, () -> meetings.hold(sipId, meetingId, protocolForm.getVersion(),
						protocolForm.toProtocol(), protocolForm.toAttendance(), protocolForm.toPlan(sip.plan())))) {
			boolean first = meeting.kind() == MeetingKind.FIRST;
			redirect.addFlashAttribute("notice", first ? "meetings.held.first" : "meetings.held.followUp");
			return "redirect:/sip/" + sipId + (first ? "" : "/uppfoljning");
		}
		// the refused hold rolled back, so the meeting and SIP as read before are still
		// current
		return protocolPage(model, meeting, read.sipCase());
	}

	/**
	 * Roles and the coordinator: named staff of the units in the SIP; a coordinator only
	 * of a kommun or region.
	 */
	private String protocolPage(Model model, Meeting meeting, Sips.Case sipCase) {
		Sip sip = sipCase.sip();
		model.addAttribute("meeting", meeting);
		model.addAttribute("moves", moves(meeting, actor()));
		model.addAttribute("invitationsById",
				meeting.invitations()
					.stream()
					.collect(Collectors.toMap(invitation -> invitation.invitationId(), invitation -> invitation)));
		Set<UUID> taking = sip.participants()
			.stream()
			.map(Participant::unitId)
			.filter(u -> u != null)
			.collect(Collectors.toSet());
		taking.add(sip.startingUnitId());
		caseModel(model, sipCase, new Names().of(meeting).units(taking));
		model.addAttribute("staff", directory.staffOf(taking).stream().filter(StaffAccount::active).toList());
		model.addAttribute("coordinators", sips.coordinatorCandidates(sip));
		model.addAttribute("participatingUnits", List.copyOf(taking));
		return "meetings/protocol";
	}

	private Actor actor() {
		CurrentUser user = users.current();
		return new Actor(user.staffId(), user.unitId());
	}

	// --- shared
	// -----------------------------------------------------------------------------

	/** The ids of the units and staff a meeting page names. */
	private static final class Names {

		private final Set<UUID> units = new HashSet<>();

		private final Set<UUID> staff = new HashSet<>();

		/** Who called it, the invited units, and the protocol's chair and secretary. */
		Names of(Meeting meeting) {
			staff.add(meeting.calledBy());
			units.add(meeting.callerUnitId());
			meeting.invitations()
				.stream()
				.map(invitation -> invitation.invitee().unitId())
				.filter(u -> u != null)
				.forEach(units::add);
			meeting.protocol().ifPresent(protocol -> {
				staff.add(protocol.chairStaffId());
				staff.add(protocol.secretaryStaffId());
			});
			return this;
		}

		Names units(Collection<UUID> ids) {
			units.addAll(ids);
			return this;
		}

	}

	/**
	 * The SIP and its person as read under the SIP's one access-log row, and the names
	 * the page shows: looked up for just those ids.
	 */
	private void caseModel(Model model, Sips.Case sipCase, Names names) {
		model.addAttribute("sip", sipCase.sip());
		model.addAttribute("individual", sipCase.individual());
		model.addAttribute("unitNames", directory.unitNames(names.units));
		model.addAttribute("staffNames", directory.staffNames(names.staff));
		model.addAttribute("calendarType", MeetingCalendar.MEDIA_TYPE);
		model.addAttribute("zone", clock.getZone());
	}

}
