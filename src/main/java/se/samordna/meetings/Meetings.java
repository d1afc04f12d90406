package se.samordna.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.access.AccessAction;
import se.samordna.access.AccessControl;
import se.samordna.access.AccessedRecord;
import se.samordna.access.CurrentUser;
import se.samordna.access.PersonalDataSubject;
import se.samordna.access.Purpose;
import se.samordna.directory.Directory;
import se.samordna.directory.Unit;
import se.samordna.directory.UnitKind;
import se.samordna.meetings.internal.MeetingRepository;
import se.samordna.people.Individual;
import se.samordna.people.People;
import se.samordna.people.Relation;
import se.samordna.people.RelationKind;
import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.FieldRefusal;
import se.samordna.platform.FieldRefusals;
import se.samordna.platform.NotFoundException;
import se.samordna.sip.Actor;
import se.samordna.sip.ClosingReason;
import se.samordna.sip.Participant;
import se.samordna.sip.PlanContent;
import se.samordna.sip.Sip;
import se.samordna.sip.CitizenSips;
import se.samordna.sip.Sips;

/**
 * The meetings' use cases. A meeting is read and changed under the access rules of its
 * SIP: a unit that does not take part in the SIP gets 404 for its meetings too, and every
 * read is in the access log as a read of that SIP.
 */
@Service
public class Meetings {

	/**
	 * Meetings are shared exactly as their SIP is, so access is checked (and logged) on
	 * the SIP.
	 */
	private static final String RECORD = "sip";

	/** A meeting is shared exactly as its SIP is ({@code MeetingParticipation}). */
	public static final String RECORD_MEETING = "meeting";

	private final MeetingRepository meetings;

	private final Sips sips;

	private final CitizenSips citizenSips;

	private final People people;

	private final Directory directory;

	private final AccessControl access;

	private final InvitationDeadlines deadlines;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final String organizer;

	Meetings(MeetingRepository meetings, Sips sips, CitizenSips citizenSips, People people, Directory directory,
			AccessControl access, InvitationDeadlines deadlines, Clock clock, JdbcClient jdbc,
			@Value("${samordna.mail.from}") String organizer) {
		this.organizer = organizer;
		this.meetings = meetings;
		this.sips = sips;
		this.citizenSips = citizenSips;
		this.people = people;
		this.directory = directory;
		this.access = access;
		this.deadlines = deadlines;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Who may be invited as a person: the individual and the people registered around
	 * them.
	 */
	public static final String INDIVIDUAL = "individual";

	/**
	 * Step 4: calls a meeting. The kallelse is checked whole first (every problem at
	 * once, nothing changed); then units not yet in the SIP are added (within the
	 * consent), and registered people around the individual become participants in the
	 * role they have; the SIP refuses all of it before consent or after closing.
	 * @param units units to invite, participating or new; units that give no care are
	 * refused
	 * @param persons {@link #INDIVIDUAL}, or relation ids of the individual's registered
	 * people
	 * @throws FieldRefusals every problem with the kallelse, by the form's field names
	 */
	@Transactional
	public Meeting call(UUID sipId, Meeting.Call call, Set<UUID> units, Set<String> persons) {
		Sip sip = sips.meetingCalled(sipId);
		CurrentUser user = require(sip.individualId(), sipId, AccessAction.CREATE);
		Individual individual = people.view(sip.individualId());
		List<Invitee> invitees = new ArrayList<>();
		Map<UUID, UnitKind> unitKinds = new HashMap<>();
		for (UUID unitId : units) {
			directory.unit(unitId).ifPresent(unit -> unitKinds.put(unitId, unit.kind()));
			invitees.add(Invitee.unit(unitId));
		}
		List<Relation> relations = new ArrayList<>();
		for (String person : persons) {
			if (INDIVIDUAL.equals(person)) {
				invitees.add(Invitee.person(InviteeKind.INDIVIDUAL, individual.fullName(), individual.email()));
				continue;
			}
			Relation relation = individual.relations()
				.stream()
				.filter(r -> r.id().toString().equals(person))
				.findFirst()
				.orElseThrow(() -> new FieldRefusal("persons", "meetings.invitees.unknown", "no such relation"));
			relations.add(relation);
			invitees.add(Invitee.person(inviteeKind(relation.kind()), relation.name(), relation.email()));
		}
		MeetingKind kind = sip.planVersion() == 0 ? MeetingKind.FIRST : MeetingKind.FOLLOW_UP;
		Meeting meeting = Meeting.call(sipId, sip.individualId(), kind, individual.protectedIdentity(), call, invitees,
				unitKinds, actor(user), nowHere(), now());
		for (UUID unitId : units) {
			if (!sip.involvesUnit(unitId)) {
				sip = sips.addUnit(sipId, sip.version(), unitId, "");
			}
		}
		for (Relation relation : relations) {
			if (sip.participants().stream().noneMatch(p -> relation.name().equalsIgnoreCase(p.name()))) {
				sip = sips.addPerson(sipId, sip.version(), participantKind(relation.kind()), relation.name(),
						relation.note() == null ? "" : relation.note());
			}
		}
		return meetings.save(meeting);
	}

	/**
	 * A registered guardian or representative is invited in that role, never as a
	 * relative.
	 */
	static InviteeKind inviteeKind(RelationKind kind) {
		return switch (kind) {
			case GUARDIAN -> InviteeKind.GUARDIAN;
			case GOD_MAN, FORVALTARE, OMBUD -> InviteeKind.REPRESENTATIVE;
			case RELATIVE -> InviteeKind.RELATIVE;
		};
	}

	/**
	 * The role a registered person takes in the SIP when invited: a guardian or
	 * representative keeps it, only a relative is a relative.
	 */
	static Participant.Kind participantKind(RelationKind kind) {
		return switch (kind) {
			case GUARDIAN -> Participant.Kind.GUARDIAN;
			case GOD_MAN, FORVALTARE, OMBUD -> Participant.Kind.REPRESENTATIVE;
			case RELATIVE -> Participant.Kind.RELATIVE;
		};
	}

	/** The SIP's meetings, the next or latest first. */
	@Transactional
	public List<Meeting> meetingsOf(UUID sipId) {
		return meetingsOf(sips.view(sipId));
	}

	/**
	 * The meetings of a SIP the caller has already read (and so passed its access check).
	 */
	@Transactional(readOnly = true)
	public List<Meeting> meetingsOf(Sip sip) {
		return meetings.findBySipId(sip.id())
			.stream()
			.sorted(Comparator.comparing((Meeting m) -> m.time().startsAt()).reversed())
			.toList();
	}

	/**
	 * A SIP as the person sees it on their own pages, with its meetings (the latest
	 * first).
	 */
	public record CitizenMeetings(CitizenSips.Case sipCase, List<Meeting> meetings) {

		/** The next meeting still to be held, if one is called. */
		public Optional<Meeting> next() {
			return meetings.stream()
				.filter(m -> m.status() == MeetingStatus.CALLED)
				.min(Comparator.comparing((Meeting m) -> m.time().startsAt()));
		}

	}

	/**
	 * The person's (or their guardian's or representative's) view of the meetings: read
	 * and logged once, through the SIP's check for citizens.
	 */
	@Transactional
	public CitizenMeetings forCitizen(UUID sipId) {
		CitizenSips.Case sipCase = citizenSips.read(sipId);
		return new CitizenMeetings(sipCase, meetingsOf(sipCase.sip()));
	}

	/**
	 * @throws NotFoundException when there is no such meeting in the SIP, or the user's
	 * unit does not take part
	 */
	@Transactional
	public Meeting meeting(UUID sipId, UUID meetingId) {
		Meeting meeting = load(sipId, meetingId);
		sips.view(sipId);
		return meeting;
	}

	/** A meeting and its SIP with the person, for a page that shows them. */
	public record MeetingInSip(Meeting meeting, Sips.Case sipCase) {

		public Sip sip() {
			return sipCase.sip();
		}

	}

	/**
	 * Reads a meeting with its SIP and the person. A meeting is shared exactly as its SIP
	 * is, so the SIP's access check and access-log row are the meeting's and cover the
	 * person: one row per page, also when the page refreshes.
	 */
	@Transactional
	public MeetingInSip read(UUID sipId, UUID meetingId) {
		Meeting meeting = load(sipId, meetingId);
		return new MeetingInSip(meeting, sips.read(sipId));
	}

	/**
	 * A kallelse to print and post: read with its SIP, and logged as a print of this
	 * edition of the kallelse (its calendar sequence, which every change of time or place
	 * moves on).
	 */
	@Transactional
	public InvitationOnPaper printInvitation(UUID sipId, UUID meetingId) {
		Meeting meeting = load(sipId, meetingId);
		People.GrantedRead read = people.readUnder(meeting.individualId(),
				subject -> access.grant(subject,
						AccessedRecord.ofVersion(RECORD_MEETING, meetingId, meeting.sequence()), AccessAction.PRINT,
						Purpose.SIP));
		return new InvitationOnPaper(meeting, read.grant().currentSubject(), read.individual());
	}

	/** A kallelse as it is printed, with the person it concerns. */
	public record InvitationOnPaper(Meeting meeting, PersonalDataSubject subject, Individual individual) {
	}

	/**
	 * The calendar file, as a download from the meeting page: an export, so it is logged
	 * as one.
	 * @return empty for a held meeting, which no calendar needs any more (the refused
	 * export stays in the access log)
	 */
	@Transactional
	public Optional<String> calendarFile(UUID sipId, UUID meetingId) {
		Meeting meeting = load(sipId, meetingId);
		CurrentUser user = require(meeting.individualId(), sipId, AccessAction.EXPORT);
		if (!meeting.allowedMoves(actor(user), nowHere()).contains(MeetingMove.DOWNLOAD_CALENDAR)) {
			return Optional.empty();
		}
		return Optional.of(MeetingCalendar.ics(meeting, clock.getZone(), organizer, now()));
	}

	@Transactional
	public Meeting answer(UUID sipId, UUID meetingId, UUID invitationId, Answer answer, @Nullable String attendees,
			@Nullable String declineReason) {
		return change(sipId, meetingId,
				(meeting, actor) -> meeting.answer(invitationId, answer, attendees, declineReason, actor, now()));
	}

	/**
	 * A new time or place, told to everyone; a new time asks everyone again.
	 * @throws FieldRefusals every problem with the new time at once
	 */
	@Transactional
	public Meeting reschedule(UUID sipId, UUID meetingId, long seenVersion, MeetingTime.Asked time) {
		return change(sipId, meetingId,
				(meeting, actor) -> meeting.reschedule(time, actor, nowHere(), now(), seenVersion));
	}

	@Transactional
	public Meeting reschedule(UUID sipId, UUID meetingId, long seenVersion, MeetingTime time) {
		return reschedule(sipId, meetingId, seenVersion, MeetingTime.Asked.of(time));
	}

	/**
	 * Cancels; if it was the SIP's only called meeting before any plan, the SIP goes back
	 * to preparation.
	 */
	@Transactional
	public Meeting cancel(UUID sipId, UUID meetingId, long seenVersion, @Nullable String reason) {
		Meeting cancelled = change(sipId, meetingId,
				(meeting, actor) -> meeting.cancel(reason, actor, now(), seenVersion));
		boolean othersCalled = meetings.findBySipId(sipId).stream().anyMatch(m -> m.status() == MeetingStatus.CALLED);
		sips.meetingCancelled(sipId, othersCalled);
		return cancelled;
	}

	/**
	 * The SIP was closed or its consent withdrawn: every meeting still called is
	 * cancelled, and its invitees are told once (through
	 * {@link MeetingEvents.MeetingCancelled}). Run by the system when the SIP's closing
	 * is delivered, with no user: it reads no personal data. A second delivery finds
	 * nothing left to cancel.
	 * @return how many meetings were cancelled now
	 */
	@Transactional
	public int cancelBecauseSipClosed(UUID sipId, ClosingReason reason) {
		int cancelled = 0;
		for (Meeting meeting : meetings.findBySipId(sipId)) {
			if (meeting.cancelBecauseSipClosed(reason, now())) {
				save(meeting);
				cancelled++;
			}
		}
		return cancelled;
	}

	/**
	 * Saves the protocol as far as it is written, on the meeting only: open to the caller
	 * before the meeting has begun, and the SIP does not change.
	 */
	@Transactional
	public Meeting saveProtocolDraft(UUID sipId, UUID meetingId, long seenVersion, ProtocolDraft draft) {
		return change(sipId, meetingId,
				(meeting, actor) -> meeting.saveProtocolDraft(draft, actor, nowHere(), now(), seenVersion));
	}

	/**
	 * Step 5: the meeting was held. What it decided goes into the plan without retyping:
	 * the needs, goals and actions replace the draft (its contacts stay), and after a
	 * first meeting the plan is confirmed with the chosen coordinator and the booked
	 * follow-up. All or nothing.
	 */
	@Transactional
	public Meeting hold(UUID sipId, UUID meetingId, long seenVersion, Protocol protocol,
			Map<UUID, Attendance> attendance, PlanContent decided) {
		Meeting meeting = load(sipId, meetingId);
		Sips.Adopted adopted = sips.adoptMeetingDecision(sipId, meeting.decision(protocol, attendance, decided));
		meeting.hold(protocol, attendance, adopted.by(), nowHere(), now(), seenVersion);
		return save(meeting);
	}

	/**
	 * Sends the reminders that have fallen due. Run by the scheduler, with no user: it
	 * reads no personal data and shows nothing; the notices it causes carry ids only.
	 * @return how many meetings sent something
	 */
	@Transactional
	public int sendReminders() {
		List<UUID> called = jdbc.sql("select id from meeting where status = 'CALLED' and time_starts_at > ?")
			.param(nowHere())
			.query(UUID.class)
			.list();
		int count = 0;
		for (UUID id : called) {
			Meeting meeting = meetings.findById(id).orElseThrow();
			if (meeting.remind(deadlines, now())) {
				meetings.save(meeting);
				count++;
			}
		}
		return count;
	}

	/**
	 * Where a meeting's notices go (a system read for notifications, with no user): each
	 * invitation's unit or person address, the meeting's time for the inbox, and the
	 * calendar file. For a person with protected identity no person is reached digitally
	 * and no calendar file leaves: the kallelse is handled by hand.
	 */
	public record Notice(LocalDateTime startsAt, UUID calledBy, List<Recipient> recipients,
			Optional<Calendar> calendar) {
	}

	/**
	 * @param unitId null for a person; @param email null when unknown
	 */
	public record Recipient(UUID invitationId, @Nullable UUID unitId, @Nullable String email) {
	}

	/** A calendar file and its METHOD, for the mail's content type. */
	public record Calendar(String method, String ics) {
	}

	@Transactional(readOnly = true)
	public Notice notice(UUID meetingId) {
		Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting"));
		Map<UUID, Unit> units = directory.unitsById();
		List<Recipient> recipients = new ArrayList<>();
		for (Invitation invitation : meeting.invitations()) {
			Invitee invitee = invitation.invitee();
			if (invitee.unitId() != null) {
				Unit unit = units.get(invitee.unitId());
				recipients.add(
						new Recipient(invitation.invitationId(), invitee.unitId(), unit == null ? null : unit.email()));
			}
			else if (!meeting.manualHandling()) {
				recipients.add(new Recipient(invitation.invitationId(), null, invitee.email()));
			}
		}
		Optional<Calendar> calendar = meeting.manualHandling() ? Optional.empty()
				: Optional.of(new Calendar(MeetingCalendar.method(meeting),
						MeetingCalendar.ics(meeting, clock.getZone(), organizer, now())));
		return new Notice(meeting.time().startsAt(), meeting.calledBy(), recipients, calendar);
	}

	// --- the shape every change has
	// -----------------------------------------------------------

	private interface Change {

		void apply(Meeting meeting, Actor actor);

	}

	private Meeting change(UUID sipId, UUID meetingId, Change change) {
		Meeting meeting = load(sipId, meetingId);
		CurrentUser user = require(meeting.individualId(), sipId, AccessAction.UPDATE);
		change.apply(meeting, actor(user));
		return save(meeting);
	}

	private Meeting save(Meeting meeting) {
		try {
			return meetings.save(meeting);
		}
		catch (OptimisticLockingFailureException e) {
			throw new ConcurrentEditException("meeting " + meeting.id() + " was saved by someone else");
		}
	}

	private Meeting load(UUID sipId, UUID meetingId) {
		return meetings.findById(meetingId)
			.filter(meeting -> meeting.sipId().equals(sipId))
			.orElseThrow(() -> new NotFoundException("meeting " + meetingId));
	}

	private CurrentUser require(UUID individualId, UUID sipId, AccessAction action) {
		PersonalDataSubject subject = people.accessSubject(individualId)
			.orElseThrow(() -> new NotFoundException("individual " + individualId));
		return access.require(subject, AccessedRecord.of(RECORD, sipId), action, Purpose.SIP);
	}

	private static Actor actor(CurrentUser user) {
		return new Actor(user.staffId(), user.unitId());
	}

	private Instant now() {
		return Instant.now(clock);
	}

	private LocalDateTime nowHere() {
		return LocalDateTime.now(clock);
	}

}
