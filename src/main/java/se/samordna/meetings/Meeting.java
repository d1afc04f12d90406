package se.samordna.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
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
import se.samordna.platform.FieldRefusal;
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

	private @Nullable Protocol protocol;

	private @Nullable Instant heldAt;

	private @Nullable String cancelReason;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Meeting(UUID id, UUID sipId, UUID individualId, MeetingKind kind, MeetingStatus status, String purpose,
			MeetingTime time, String agenda, String messageToIndividual, UUID calledBy, UUID callerUnitId,
			Instant calledAt, int sequence, InvitationList invitations, boolean manualHandling,
			@Nullable Instant callerAlertedAt, @Nullable Protocol protocol, @Nullable Instant heldAt,
			@Nullable String cancelReason, @Nullable Long version) {
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
		this.sequence = sequence;
		this.invitations = invitations;
		this.manualHandling = manualHandling;
		this.callerAlertedAt = callerAlertedAt;
		this.protocol = protocol;
		this.heldAt = heldAt;
		this.cancelReason = cancelReason;
		this.version = version;
	}

	/** What the caller writes in the kallelse. */
	public record Call(String purpose, MeetingTime time, String agenda, String messageToIndividual) {
	}

	/**
	 * Step 4: the kallelse. The SIP has already agreed that a meeting may be called (it
	 * refuses before consent).
	 * @param now the present in Stockholm, to refuse a meeting in the past
	 * @throws FieldRefusal without a purpose, a message to the individual, invitees, or a
	 * future time
	 */
	public static Meeting call(UUID sipId, UUID individualId, MeetingKind kind, boolean manualHandling, Call call,
			List<Invitee> invitees, Actor caller, LocalDateTime now, Instant at) {
		if (call.purpose().isBlank()) {
			throw new FieldRefusal("purpose", "meetings.purpose.required", "no purpose");
		}
		if (call.messageToIndividual().isBlank()) {
			throw new FieldRefusal("messageToIndividual", "meetings.message.required", "no message");
		}
		if (!call.time().startsAt().isAfter(now)) {
			throw new FieldRefusal("date", "meetings.time.future", "meeting in the past");
		}
		List<Invitee> distinct = new ArrayList<>();
		invitees.forEach(invitee -> {
			if (distinct.stream().noneMatch(invitee::sameAs)) {
				distinct.add(invitee);
			}
		});
		if (distinct.isEmpty()) {
			throw new FieldRefusal("invitees", "meetings.invitees.required", "no invitees");
		}
		var meeting = new Meeting(UUID.randomUUID(), sipId, individualId, kind, MeetingStatus.CALLED,
				call.purpose().strip(), call.time(), call.agenda().strip(), call.messageToIndividual().strip(),
				caller.staffId(), caller.unitId(), at, 0,
				new InvitationList(distinct.stream().map(Invitation::to).toList()), manualHandling, null, null, null,
				null, null);
		meeting.registerEvent(new MeetingCalled(meeting.id, sipId, kind, 0, meeting.invitedUnits(), at));
		return meeting;
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
	public void answer(UUID invitationId, Answer answer, @Nullable String attendees, @Nullable String declineReason,
			Actor by, Instant at) {
		requireCalled("answer");
		Invitation invitation = invitation(invitationId);
		UUID answeringUnit = invitation.invitee().kind() == InviteeKind.UNIT ? invitation.invitee().unitId()
				: callerUnitId;
		if (!by.unitId().equals(answeringUnit)) {
			throw new UserFacingException("meetings.refused.notYourInvitation",
					"unit " + by.unitId() + " answering another's invitation in " + id);
		}
		String who = blankToNull(attendees);
		String why = blankToNull(declineReason);
		switch (answer) {
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
		registerEvent(new InvitationAnswered(id, sipId, invitationId, answer, calledBy, callerUnitId, at));
	}

	// --- changes everyone is told of
	// ---------------------------------------------------------

	/**
	 * A new time or place: every invitee gets it, with a calendar file of a higher
	 * SEQUENCE.
	 */
	public void reschedule(MeetingTime newTime, Actor by, LocalDateTime now, Instant at, long seenVersion) {
		requireCalled("reschedule");
		requireCaller(by, "reschedule");
		requireVersion(seenVersion);
		if (!newTime.startsAt().isAfter(now)) {
			throw new FieldRefusal("date", "meetings.time.future", "meeting moved to the past");
		}
		time = newTime;
		sequence++;
		callerAlertedAt = null;
		registerEvent(new MeetingRescheduled(id, sipId, sequence, invitedUnits(), at));
	}

	/** Cancelled with a reason everyone is told; the calendar file says CANCEL. */
	public void cancel(@Nullable String reason, Actor by, Instant at, long seenVersion) {
		requireCalled("cancel");
		requireCaller(by, "cancel");
		requireVersion(seenVersion);
		if (reason == null || reason.isBlank()) {
			throw new FieldRefusal("reason", "meetings.cancel.reason", "cancel without reason");
		}
		status = MeetingStatus.CANCELLED;
		cancelReason = reason.strip();
		sequence++;
		registerEvent(new MeetingCancelled(id, sipId, sequence, invitedUnits(), at));
	}

	// --- reminders
	// ---------------------------------------------------------------------------

	/**
	 * Reminds invitees still silent after the configured time, once each, and alerts the
	 * caller once when the meeting is near and someone is still silent.
	 * @return whether anything was sent
	 */
	public boolean remind(InvitationDeadlines deadlines, Instant now) {
		if (status != MeetingStatus.CALLED || !time.startsAt(deadlines.zone()).toInstant().isAfter(now)) {
			return false;
		}
		boolean changed = false;
		if (!now.isBefore(deadlines.remindAfter(calledAt))) {
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
	 * Step 5: the meeting was held. Attendance is recorded for every invitee; the
	 * caller's unit writes the protocol (the secretary's default). An invited unit that
	 * neither answered nor came is marked.
	 * @param today the date in Stockholm: a meeting is not held before its day
	 * @throws FieldRefusal when an invitee's attendance is missing
	 */
	public void hold(Protocol protocol, Map<UUID, Attendance> attendance, Actor by, LocalDateTime now, Instant at,
			long seenVersion) {
		requireCalled("hold");
		requireCaller(by, "hold");
		requireVersion(seenVersion);
		if (now.toLocalDate().isBefore(time.startsAt().toLocalDate())) {
			throw new UserFacingException("meetings.refused.notYet", "meeting " + id + " is later");
		}
		if (invitations.all().stream().anyMatch(i -> attendance.get(i.invitationId()) == null)) {
			throw new FieldRefusal("attendance", "meetings.attendance.required", "attendance missing");
		}
		if (kind == MeetingKind.FIRST && protocol.coordinatorStaffId() == null) {
			throw new FieldRefusal("coordinator", "meetings.coordinator.required", "no coordinator chosen");
		}
		if (protocol.followUpBooked() != null && !protocol.followUpBooked().isAfter(now.toLocalDate())) {
			throw new FieldRefusal("followUp", "sip.plan.followUpInFuture", "follow-up not after the meeting");
		}
		if (kind == MeetingKind.FIRST && protocol.followUpBooked() == null) {
			throw new FieldRefusal("followUp", "meetings.followUp.required", "no follow-up booked");
		}
		int answered = (int) invitations.all().stream().filter(Invitation::answered).count();
		invitations = new InvitationList(
				invitations.all().stream().map(i -> i.attended(attendance.get(i.invitationId()))).toList());
		this.protocol = protocol;
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
	 * follow-up (after a first meeting), and who took part by the attendance recorded.
	 */
	public MeetingDecision decision(Protocol protocol, Map<UUID, Attendance> attendance, PlanContent decided) {
		Set<UUID> units = new HashSet<>();
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

	private void requireCalled(String move) {
		if (status != MeetingStatus.CALLED) {
			throw new UserFacingException("meetings.refused." + move, "meeting " + id + " is " + status);
		}
	}

	private void requireCaller(Actor actor, String move) {
		if (!isCaller(actor)) {
			throw new UserFacingException("meetings.refused.onlyCaller", "not the caller for " + move + " on " + id);
		}
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

	public Optional<String> cancelReason() {
		return Optional.ofNullable(cancelReason);
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
