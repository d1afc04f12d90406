package se.samordna.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;

import se.samordna.platform.ConcurrentEditException;
import se.samordna.directory.UnitKind;
import se.samordna.platform.FieldRefusal;
import se.samordna.platform.FieldRefusals;
import se.samordna.platform.NotFoundException;
import se.samordna.platform.UserFacingException;
import se.samordna.meetings.MeetingEvents.CallerAlerted;
import se.samordna.meetings.MeetingEvents.InvitationAnswered;
import se.samordna.meetings.MeetingEvents.InvitationReminderDue;
import se.samordna.meetings.MeetingEvents.MeetingCalled;
import se.samordna.meetings.MeetingEvents.MeetingCancelled;
import se.samordna.meetings.MeetingEvents.MeetingHeld;
import se.samordna.meetings.MeetingEvents.MeetingRescheduled;
import se.samordna.sip.Actor;
import se.samordna.sip.ClosingReason;
import se.samordna.sip.MeetingDecision;
import se.samordna.sip.PlanContent;

/**
 * One SIP meeting, from the kallelse to the protocol. The SIP itself decides whether a
 * meeting may be called at all (only after consent); this aggregate keeps the rules of
 * the meeting: who may answer which invitation, what an answer must say, when reminders
 * fall due, and what holding the meeting must record. Every change bumps the calendar
 * SEQUENCE it should.
 */
public class Meeting extends AbstractAggregateRoot<Meeting> {

	/** The longest purpose, agenda and message a kallelse carries, in characters. */
	public static final int PURPOSE_LENGTH = 1000;

	public static final int AGENDA_LENGTH = 4000;

	public static final int MESSAGE_LENGTH = 2000;

	public static final int CANCEL_REASON_LENGTH = 1000;

	@Id
	private UUID id;

	private UUID sipId;

	private UUID individualId;

	private MeetingKind kind;

	private MeetingStatus status;

	private String purpose;

	@Embedded.Empty(prefix = "time_")
	private MeetingTime time;

	private String agenda;

	private String messageToIndividual;

	private UUID calledBy;

	private UUID callerUnitId;

	private Instant calledAt;

	/**
	 * When everyone was last asked to answer: the call, or the last change of time, which
	 * asks again. Reminders count from here.
	 */
	private Instant askedAt;

	/**
	 * The iCalendar SEQUENCE: 0 when called, one more for every change everyone is told
	 * of.
	 */
	private int sequence;

	private InvitationList invitations;

	/**
	 * The person has protected identity: no digital notice reaches a person, no calendar
	 * file leaves.
	 */
	private boolean manualHandling;

	private @Nullable Instant callerAlertedAt;

	private @Nullable ProtocolDraft protocolDraft;

	private @Nullable Protocol protocol;

	private @Nullable Instant heldAt;

	private @Nullable CancelCause cancelCause;

	private @Nullable String cancelReason;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Meeting(UUID id, UUID sipId, UUID individualId, MeetingKind kind, MeetingStatus status, String purpose,
			MeetingTime time, String agenda, String messageToIndividual, UUID calledBy, UUID callerUnitId,
			Instant calledAt, Instant askedAt, int sequence, InvitationList invitations, boolean manualHandling,
			@Nullable Instant callerAlertedAt, @Nullable ProtocolDraft protocolDraft, @Nullable Protocol protocol,
			@Nullable Instant heldAt, @Nullable CancelCause cancelCause, @Nullable String cancelReason,
			@Nullable Long version) {
		this.id = id;
		this.sipId = sipId;
		this.individualId = individualId;
		this.kind = kind;
		this.status = status;
		this.purpose = purpose;
		this.time = time;
		this.agenda = agenda;
		this.messageToIndividual = messageToIndividual;
		this.calledBy = calledBy;
		this.callerUnitId = callerUnitId;
		this.calledAt = calledAt;
		this.askedAt = askedAt;
		this.sequence = sequence;
		this.invitations = invitations;
		this.manualHandling = manualHandling;
		this.callerAlertedAt = callerAlertedAt;
		this.protocolDraft = protocolDraft;
		this.protocol = protocol;
		this.heldAt = heldAt;
		this.cancelCause = cancelCause;
		this.cancelReason = cancelReason;
		this.version = version;
	}

	/**
	 * What the caller writes in the kallelse, as the form has it: {@link Meeting#call}
	 * names every problem with it at once.
	 */
	public record Call(String purpose, MeetingTime.Asked time, String agenda, String messageToIndividual) {

		public Call(String purpose, MeetingTime time, String agenda, String messageToIndividual) {
			this(purpose, MeetingTime.Asked.of(time), agenda, messageToIndividual);
		}

		List<FieldRefusal> problems(LocalDateTime now) {
			List<FieldRefusal> problems = new ArrayList<>();
			if (purpose.isBlank()) {
				problems.add(new FieldRefusal("purpose", "meetings.purpose.required", "no purpose"));
			}
			else if (purpose.strip().length() > PURPOSE_LENGTH) {
				problems.add(new FieldRefusal("purpose", "meetings.purpose.tooLong", "purpose too long"));
			}
			problems.addAll(time.problems(now));
			if (agenda.strip().length() > AGENDA_LENGTH) {
				problems.add(new FieldRefusal("agenda", "meetings.agenda.tooLong", "agenda too long"));
			}
			if (messageToIndividual.isBlank()) {
				problems.add(new FieldRefusal("messageToIndividual", "meetings.message.required", "no message"));
			}
			else if (messageToIndividual.strip().length() > MESSAGE_LENGTH) {
				problems.add(new FieldRefusal("messageToIndividual", "meetings.message.tooLong", "message too long"));
			}
			return problems;
		}

	}

	/**
	 * Step 4: the kallelse. The SIP has already agreed that a meeting may be called (it
	 * refuses before consent). Units that give no care or services (the county's
	 * analysts, the system administration) are never invited.
	 * @param unitKinds the kind of each invited unit, as the directory has it; a unit
	 * missing here is not known and not invited
	 * @param now the present in Stockholm, to refuse a meeting in the past
	 * @throws FieldRefusals every problem at once, each with the kallelse form's field:
	 * purpose, the parts of the time, the message, and the invitees ({@code units})
	 */
	public static Meeting call(UUID sipId, UUID individualId, MeetingKind kind, boolean manualHandling, Call call,
			List<Invitee> invitees, Map<UUID, UnitKind> unitKinds, Actor caller, LocalDateTime now, Instant at) {
		List<FieldRefusal> problems = new ArrayList<>(call.problems(now));
		List<Invitee> distinct = new ArrayList<>();
		invitees.forEach(invitee -> {
			if (distinct.stream().noneMatch(invitee::sameAs)) {
				distinct.add(invitee);
			}
		});
		if (distinct.isEmpty()) {
			problems.add(new FieldRefusal("units", "meetings.invitees.required", "no invitees"));
		}
		if (distinct.stream()
			.filter(invitee -> invitee.unitId() != null)
			.map(invitee -> unitKinds.get(invitee.unitId()))
			.anyMatch(unitKind -> unitKind == null || !unitKind.worksWithIndividuals())) {
			problems.add(new FieldRefusal("units", "meetings.invitees.givesNoCare", "unit giving no care invited"));
		}
		FieldRefusals.throwIfAny(problems);
		var meeting = new Meeting(UUID.randomUUID(), sipId, individualId, kind, MeetingStatus.CALLED,
				call.purpose().strip(), call.time().toTime(), call.agenda().strip(), call.messageToIndividual().strip(),
				caller.staffId(), caller.unitId(), at, at, 0,
				new InvitationList(distinct.stream().map(Invitation::to).toList()), manualHandling, null, null, null,
				null, null, null, null);
		meeting.registerEvent(new MeetingCalled(meeting.id, sipId, kind, 0, meeting.invitedUnits(), at));
		return meeting;
	}

	// --- what may be done now
	// -------------------------------------------------------------

	/**
	 * The moves open to this actor now: the page offers exactly these, and the verbs
	 * refuse the rest with {@link #whyNot}'s reason. A called meeting is answered by its
	 * invitees, changed, cancelled and written up by its caller, and held once it has
	 * begun; a held or cancelled meeting changes no more.
	 * @param now the present in Stockholm
	 */
	public Set<MeetingMove> allowedMoves(Actor actor, LocalDateTime now) {
		var moves = EnumSet.noneOf(MeetingMove.class);
		for (MeetingMove move : MeetingMove.values()) {
			if (whyNot(move, actor, now).isEmpty()) {
				moves.add(move);
			}
		}
		return moves;
	}

	/**
	 * Why this actor may not make this move now, as a message key; empty when the move is
	 * open.
	 */
	public Optional<String> whyNot(MeetingMove move, Actor actor, LocalDateTime now) {
		return Optional.ofNullable(refusal(move, actor, now)).map(UserFacingException::messageKey);
	}

	/**
	 * @param now the present in Stockholm; only holding asks it
	 */
	private @Nullable UserFacingException refusal(MeetingMove move, Actor actor, @Nullable LocalDateTime now) {
		return switch (move) {
			case DOWNLOAD_CALENDAR -> status == MeetingStatus.HELD ? refused("calendar") : null;
			case HAND_OUT_SURVEY -> status != MeetingStatus.HELD ? refused("survey") : callerOnly(actor, move);
			case PRINT_INVITATION -> status != MeetingStatus.CALLED ? refused("print") : null;
			case ANSWER -> status != MeetingStatus.CALLED ? refused("answer")
					: answerableBy(actor).isEmpty() ? new UserFacingException("meetings.refused.notYourInvitation",
							"unit " + actor.unitId() + " has no invitation to answer in " + id) : null;
			case RESCHEDULE -> status != MeetingStatus.CALLED ? refused("reschedule") : callerOnly(actor, move);
			case CANCEL -> status != MeetingStatus.CALLED ? refused("cancel") : callerOnly(actor, move);
			case WRITE_PROTOCOL -> status != MeetingStatus.CALLED ? refused("protocol") : callerOnly(actor, move);
			case HOLD -> holdRefusal(actor, now);
		};
	}

	/** A meeting is held by its caller, once it has begun (not merely on its day). */
	private @Nullable UserFacingException holdRefusal(Actor actor, @Nullable LocalDateTime now) {
		if (status != MeetingStatus.CALLED) {
			return refused("hold");
		}
		if (!isCaller(actor)) {
			return callerOnly(actor, MeetingMove.HOLD);
		}
		if (now == null || now.isBefore(time.startsAt())) {
			return new UserFacingException("meetings.refused.notYet", "meeting " + id + " has not begun");
		}
		return null;
	}

	/** A move the meeting's state does not allow, in the words of how it ended. */
	private UserFacingException refused(String move) {
		String key = cancelCause == CancelCause.SIP_CLOSED || cancelCause == CancelCause.CONSENT_WITHDRAWN
				? "meetings.refused.sipClosed" : "meetings.refused." + move;
		return new UserFacingException(key, "meeting " + id + " is " + status + ", cannot " + move);
	}

	private @Nullable UserFacingException callerOnly(Actor actor, MeetingMove move) {
		return isCaller(actor) ? null
				: new UserFacingException("meetings.refused.onlyCaller", "not the caller for " + move + " on " + id);
	}

	/**
	 * @throws UserFacingException when {@link #allowedMoves} does not hold the move
	 */
	public void require(MeetingMove move, Actor actor, LocalDateTime now) {
		throwIfRefused(refusal(move, actor, now));
	}

	private static void throwIfRefused(@Nullable UserFacingException refusal) {
		if (refusal != null) {
			throw refusal;
		}
	}

	/** Whether invitees may still answer, so that a page may look for new answers. */
	public boolean awaitsAnswers() {
		return status == MeetingStatus.CALLED;
	}

	/**
	 * Whether everyone was asked at shorter notice than the county wants: the meeting
	 * begins sooner after the kallelse (or the last new time) than its working days of
	 * notice. A warning for the page, never a refusal: an urgent meeting may be called.
	 */
	public boolean askedAtShortNotice(InvitationDeadlines deadlines) {
		return status == MeetingStatus.CALLED && deadlines.isShortNotice(askedAt, time.startsAt());
	}

	// --- answers
	// ---------------------------------------------------------------------------

	/**
	 * An invitee answers. A unit answers its own invitation; a person's answer is
	 * recorded by the caller's unit (the person may have answered by phone or letter).
	 * Answers may change until the meeting is held.
	 * @throws FieldRefusal when accepting or sending someone else without names, or
	 * declining without a reason
	 */
	public void answer(UUID invitationId, @Nullable Answer answer, @Nullable String attendees,
			@Nullable String declineReason, Actor by, Instant at) {
		if (status != MeetingStatus.CALLED) {
			throw refused("answer");
		}
		Invitation invitation = invitation(invitationId);
		UUID answeringUnit = invitation.invitee().kind() == InviteeKind.UNIT ? invitation.invitee().unitId()
				: callerUnitId;
		if (!by.unitId().equals(answeringUnit)) {
			throw new UserFacingException("meetings.refused.notYourInvitation",
					"unit " + by.unitId() + " answering another's invitation in " + id);
		}
		String who = blankToNull(attendees);
		String why = blankToNull(declineReason);
		switch (answer == null ? Answer.NONE : answer) {
			case NONE -> throw new FieldRefusal("answer", "meetings.answer.required", "no answer");
			case ACCEPTED, SENDS_SOMEONE_ELSE -> {
				if (who == null) {
					throw new FieldRefusal("attendees", "meetings.answer.attendees." + answer, "no attendees");
				}
				why = null;
			}
			case DECLINED -> {
				if (why == null) {
					throw new FieldRefusal("declineReason", "meetings.answer.reason", "decline without reason");
				}
				who = null;
			}
		}
		String attending = who;
		String reason = why;
		replace(invitationId, i -> i.answer(answer, attending, reason, by.staffId(), at));
		registerEvent(new InvitationAnswered(id, sipId, invitationId, answer, calledBy, callerUnitId, by.unitId(), at));
	}

	// --- changes everyone is told of
	// ---------------------------------------------------------

	/**
	 * A new time or place: every invitee gets it, with a calendar file of a higher
	 * SEQUENCE. A new time (start or length) asks everyone again: the answers given for
	 * the old time are cleared and reminders start over. A new place or link alone keeps
	 * the answers.
	 * @throws FieldRefusals every problem with the new time at once
	 */
	public void reschedule(MeetingTime.Asked asked, Actor by, LocalDateTime now, Instant at, long seenVersion) {
		require(MeetingMove.RESCHEDULE, by, now);
		requireVersion(seenVersion);
		FieldRefusals.throwIfAny(asked.problems(now));
		MeetingTime newTime = asked.toTime();
		if (newTime.movesFrom(time)) {
			invitations = new InvitationList(invitations.all().stream().map(Invitation::askedAgain).toList());
			askedAt = at;
		}
		time = newTime;
		sequence++;
		callerAlertedAt = null;
		registerEvent(new MeetingRescheduled(id, sipId, sequence, invitedUnits(), at));
	}

	public void reschedule(MeetingTime newTime, Actor by, LocalDateTime now, Instant at, long seenVersion) {
		reschedule(MeetingTime.Asked.of(newTime), by, now, at, seenVersion);
	}

	/** Cancelled with a reason everyone is told; the calendar file says CANCEL. */
	public void cancel(@Nullable String reason, Actor by, Instant at, long seenVersion) {
		throwIfRefused(refusal(MeetingMove.CANCEL, by, null));
		requireVersion(seenVersion);
		if (reason == null || reason.isBlank()) {
			throw new FieldRefusal("reason", "meetings.cancel.reason.required", "cancel without reason");
		}
		if (reason.strip().length() > CANCEL_REASON_LENGTH) {
			throw new FieldRefusal("reason", "meetings.cancel.reason.tooLong", "cancel reason too long");
		}
		cancelWith(CancelCause.CALLER, reason.strip(), at);
	}

	/**
	 * The meeting's SIP was closed, or its consent withdrawn: a meeting still called is
	 * cancelled and everyone invited is told once; a held or cancelled one stays as it
	 * is. Made by the system, not by a user.
	 * @return whether the meeting was cancelled now (false when it was over already, so a
	 * second delivery of the closing changes nothing)
	 */
	public boolean cancelBecauseSipClosed(ClosingReason reason, Instant at) {
		if (status != MeetingStatus.CALLED) {
			return false;
		}
		cancelWith(reason == ClosingReason.CONSENT_WITHDRAWN ? CancelCause.CONSENT_WITHDRAWN : CancelCause.SIP_CLOSED,
				null, at);
		return true;
	}

	private void cancelWith(CancelCause cause, @Nullable String reason, Instant at) {
		status = MeetingStatus.CANCELLED;
		cancelCause = cause;
		cancelReason = reason;
		// a protocol that will never be held is not kept
		protocolDraft = null;
		sequence++;
		registerEvent(new MeetingCancelled(id, sipId, sequence, invitedUnits(), cause, at));
	}

	// --- reminders
	// ---------------------------------------------------------------------------

	/**
	 * Reminds invitees still silent after the configured time (counted from when they
	 * were last asked), once each, and alerts the caller once when the meeting is near
	 * and someone is still silent.
	 * @return whether anything was sent
	 */
	public boolean remind(InvitationDeadlines deadlines, Instant now) {
		if (status != MeetingStatus.CALLED || !time.startsAt(deadlines.zone()).toInstant().isAfter(now)) {
			return false;
		}
		boolean changed = false;
		if (!now.isBefore(deadlines.remindAfter(askedAt))) {
			for (Invitation invitation : invitations.all()) {
				if (!invitation.answered() && invitation.remindedAt() == null) {
					replace(invitation.invitationId(), i -> i.reminded(now));
					registerEvent(new InvitationReminderDue(id, sipId, invitation.invitationId(),
							invitation.invitee().unitId(), now));
					changed = true;
				}
			}
		}
		long silent = invitations.all().stream().filter(i -> !i.answered()).count();
		if (silent > 0 && callerAlertedAt == null && !now.isBefore(deadlines.alertCallerFrom(time.startsAt()))) {
			callerAlertedAt = now;
			registerEvent(new CallerAlerted(id, sipId, calledBy, callerUnitId, (int) silent, now));
			changed = true;
		}
		return changed;
	}

	// --- the meeting
	// -------------------------------------------------------------------------

	/**
	 * The caller writes the protocol ahead, or during the meeting, and saves it as a
	 * draft: kept on the meeting, loaded back into the form, nothing told to the SIP.
	 * Open before the meeting has begun, so that the meeting-day rule never costs a
	 * written protocol.
	 */
	public void saveProtocolDraft(ProtocolDraft draft, Actor by, LocalDateTime now, Instant at, long seenVersion) {
		require(MeetingMove.WRITE_PROTOCOL, by, now);
		requireVersion(seenVersion);
		protocolDraft = draft.savedBy(by.staffId(), at);
	}

	/**
	 * Step 5: the meeting was held, once it has begun. Attendance is recorded for every
	 * invitee; the caller's unit writes the protocol (the secretary's default). An
	 * invited unit that neither answered nor came is marked.
	 * @param now the present in Stockholm: a meeting is not held before it begins
	 * @throws FieldRefusals when an invitee's attendance is missing, or a first meeting
	 * chose no coordinator or follow-up (all at once)
	 */
	public void hold(Protocol protocol, Map<UUID, Attendance> attendance, Actor by, LocalDateTime now, Instant at,
			long seenVersion) {
		require(MeetingMove.HOLD, by, now);
		requireVersion(seenVersion);
		List<FieldRefusal> problems = new ArrayList<>();
		if (invitations.all().stream().anyMatch(i -> attendance.get(i.invitationId()) == null)) {
			problems.add(new FieldRefusal("attendance", "meetings.attendance.required", "attendance missing"));
		}
		if (kind == MeetingKind.FIRST && protocol.coordinatorStaffId() == null) {
			problems.add(new FieldRefusal("coordinator", "meetings.coordinator.required", "no coordinator chosen"));
		}
		if (protocol.followUpBooked() != null && !protocol.followUpBooked().isAfter(now.toLocalDate())) {
			problems.add(new FieldRefusal("followUp", "sip.plan.followUpInFuture", "follow-up not after the meeting"));
		}
		if (kind == MeetingKind.FIRST && protocol.followUpBooked() == null) {
			problems.add(new FieldRefusal("followUp", "meetings.followUp.required", "no follow-up booked"));
		}
		FieldRefusals.throwIfAny(problems);
		int answered = (int) invitations.all().stream().filter(Invitation::answered).count();
		invitations = new InvitationList(
				invitations.all().stream().map(i -> i.attended(attendance.get(i.invitationId()))).toList());
		this.protocol = protocol;
		this.protocolDraft = null;
		this.heldAt = at;
		this.status = MeetingStatus.HELD;
		Set<UUID> ignoredBy = invitations.all()
			.stream()
			.filter(Invitation::ignored)
			.map(i -> i.invitee().unitId())
			.filter(unit -> unit != null)
			.collect(Collectors.toSet());
		int noShows = (int) invitations.all()
			.stream()
			.filter(i -> i.attendance() == Attendance.ABSENT_WITHOUT_NOTICE)
			.count();
		Set<UUID> unitsTakingPart = invitations.all()
			.stream()
			.filter(i -> i.invitee().unitId() != null && i.attendance().tookPart())
			.map(i -> i.invitee().unitId())
			.collect(Collectors.toSet());
		Map<InviteeKind, Integer> personsTakingPart = invitations.all()
			.stream()
			.filter(i -> i.invitee().kind().isPerson() && i.attendance().tookPart())
			.collect(Collectors.groupingBy(i -> i.invitee().kind(), Collectors.summingInt(i -> 1)));
		registerEvent(new MeetingHeld(id, sipId, kind, callerUnitId, invitations.all().size(), answered, noShows,
				ignoredBy, unitsTakingPart, personsTakingPart, at));
	}

	/**
	 * What the SIP adopts from this meeting: the plan as decided, the coordinator and
	 * follow-up (after a first meeting), and who took part by the attendance the protocol
	 * records: an invitee marked absent, or not marked, is no planner. The calling unit,
	 * which holds the meeting and writes the protocol, always took part.
	 */
	public MeetingDecision decision(Protocol protocol, Map<UUID, Attendance> attendance, PlanContent decided) {
		Set<UUID> units = new HashSet<>();
		units.add(callerUnitId);
		Set<String> persons = new HashSet<>();
		for (Invitation invitation : invitations.all()) {
			Attendance came = attendance.get(invitation.invitationId());
			if (came == null || !came.tookPart()) {
				continue;
			}
			Invitee invitee = invitation.invitee();
			if (invitee.unitId() != null) {
				units.add(invitee.unitId());
			}
			else if (invitee.kind() != InviteeKind.INDIVIDUAL && invitee.name() != null) {
				persons.add(invitee.name());
			}
		}
		return new MeetingDecision(kind == MeetingKind.FIRST, decided.needs(), decided.goals(), decided.actions(),
				units, persons, protocol.coordinatorStaffId(), protocol.followUpBooked());
	}

	// --- rules
	// -------------------------------------------------------------------------------

	/**
	 * Whether this actor's unit called the meeting, and so may change, cancel and hold
	 * it.
	 */
	public boolean isCaller(Actor actor) {
		return callerUnitId.equals(actor.unitId());
	}

	/**
	 * The invitation this actor's unit answers: its own, or, for the caller, the
	 * persons'.
	 */
	public List<Invitation> answerableBy(Actor actor) {
		if (status != MeetingStatus.CALLED) {
			return List.of();
		}
		return invitations.all()
			.stream()
			.filter(i -> i.invitee().kind() == InviteeKind.UNIT ? actor.unitId().equals(i.invitee().unitId())
					: isCaller(actor))
			.toList();
	}

	private void requireVersion(long seenVersion) {
		if (version() != seenVersion) {
			throw new ConcurrentEditException("meeting " + id + " changed since version " + seenVersion);
		}
	}

	private Invitation invitation(UUID invitationId) {
		return invitations.all()
			.stream()
			.filter(i -> i.invitationId().equals(invitationId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("invitation " + invitationId));
	}

	private void replace(UUID invitationId, UnaryOperator<Invitation> change) {
		invitations = new InvitationList(invitations.all()
			.stream()
			.map(i -> i.invitationId().equals(invitationId) ? change.apply(i) : i)
			.toList());
	}

	private Set<UUID> invitedUnits() {
		return invitations.all()
			.stream()
			.map(i -> i.invitee().unitId())
			.filter(unit -> unit != null)
			.collect(Collectors.toSet());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	// --- reading
	// -----------------------------------------------------------------------------

	public UUID id() {
		return id;
	}

	public UUID sipId() {
		return sipId;
	}

	public UUID individualId() {
		return individualId;
	}

	public MeetingKind kind() {
		return kind;
	}

	public MeetingStatus status() {
		return status;
	}

	public String purpose() {
		return purpose;
	}

	public MeetingTime time() {
		return time;
	}

	public String agenda() {
		return agenda;
	}

	public String messageToIndividual() {
		return messageToIndividual;
	}

	public UUID calledBy() {
		return calledBy;
	}

	public UUID callerUnitId() {
		return callerUnitId;
	}

	public Instant calledAt() {
		return calledAt;
	}

	public int sequence() {
		return sequence;
	}

	public List<Invitation> invitations() {
		return invitations.all();
	}

	public Optional<Invitation> invitationFor(UUID unitId) {
		return invitations.all().stream().filter(i -> unitId.equals(i.invitee().unitId())).findFirst();
	}

	public boolean manualHandling() {
		return manualHandling;
	}

	public Optional<Instant> callerAlertedAt() {
		return Optional.ofNullable(callerAlertedAt);
	}

	public Optional<Protocol> protocol() {
		return Optional.ofNullable(protocol);
	}

	public Optional<Instant> heldAt() {
		return Optional.ofNullable(heldAt);
	}

	/** The caller's reason in words; empty when the meeting ended with its SIP. */
	public Optional<String> cancelReason() {
		return Optional.ofNullable(cancelReason);
	}

	public Optional<CancelCause> cancelCause() {
		return Optional.ofNullable(cancelCause);
	}

	/** When everyone was last asked to answer. */
	public Instant askedAt() {
		return askedAt;
	}

	/** The protocol as far as it is written, before the meeting is held. */
	public Optional<ProtocolDraft> protocolDraft() {
		return Optional.ofNullable(protocolDraft);
	}

	public boolean isOver(ZoneId zone, Instant now) {
		return status != MeetingStatus.CALLED || !time.endsAt().atZone(zone).toInstant().isAfter(now);
	}

	public long version() {
		return version == null ? 0 : version;
	}

	/** Events registered and not yet published; for tests in this package. */
	List<Object> domainEventsForTest() {
		return List.copyOf(domainEvents());
	}

	/**
	 * The invitations, as one value so that they are stored as one jsonb document: the
	 * JSON names and the {@link #FORMAT} are fixed here.
	 */
	public record InvitationList(@JsonProperty("format") int format, @JsonProperty("all") List<Invitation> all) {

		/** The format this release writes and reads. */
		public static final int FORMAT = 1;

		public InvitationList {
			DocumentFormat.require("invitations", format, FORMAT);
			all = List.copyOf(all);
		}

		public InvitationList(List<Invitation> all) {
			this(FORMAT, all);
		}

	}

}
