package se.samordna.sip;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.access.AccessAction;
import se.samordna.access.AccessControl;
import se.samordna.access.AccessedRecord;
import se.samordna.access.CitizenRight;
import se.samordna.access.CitizenStanding;
import se.samordna.access.CurrentUser;
import se.samordna.access.CurrentUsers;
import se.samordna.access.PersonalDataSubject;
import se.samordna.access.Purpose;
import se.samordna.directory.Directory;
import se.samordna.directory.Organisation;
import se.samordna.directory.StaffAccount;
import se.samordna.directory.Unit;
import se.samordna.people.Individual;
import se.samordna.people.People;
import se.samordna.people.Personnummer;
import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.FieldRefusal;
import se.samordna.platform.NotFoundException;
import se.samordna.sip.internal.SipRecords;
import se.samordna.sip.internal.SipRepository;

/**
 * The SIP's use cases for staff. Each one, in one transaction: check access (which writes
 * the access log), load, call the aggregate, save, record the step; the aggregate's
 * events go out with the save.
 */
@Service
public class Sips {

	static final String RECORD = "sip";

	private final SipRepository sips;

	private final SipRecords records;

	private final People people;

	private final Directory directory;

	private final AccessControl access;

	private final Clock clock;

	private final CurrentUsers users;

	private final JdbcClient jdbc;

	Sips(SipRepository sips, SipRecords records, People people, Directory directory, AccessControl access, Clock clock,
			CurrentUsers users, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
		this.sips = sips;
		this.records = records;
		this.people = people;
		this.directory = directory;
		this.access = access;
		this.clock = clock;
	}

	/** Step 1, for an individual the user's unit has a relation to. */
	@Transactional
	public Sip start(UUID individualId, Assessment assessment) {
		PersonalDataSubject subject = subjectOf(individualId);
		CurrentUser user = access.require(subject, AccessedRecord.of("individual", individualId), AccessAction.CREATE,
				Purpose.SIP);
		AgeBand ageBand = AgeBand.ofAge(Personnummer.of(subject.personalIdentity()).ageOn(today()));
		Sip sip = Sip.start(individualId, assessment, ageBand, actor(user), now());
		Sip saved = sips.save(sip);
		records.step(saved.id(), SipStep.Kind.STARTED, user.staffId(), user.unitId(), now());
		return saved;
	}

	/**
	 * @throws NotFoundException when there is no such SIP or the user's unit does not
	 * take part
	 */
	@Transactional
	public Sip view(UUID sipId) {
		Sip sip = load(sipId);
		access.requireRead(subjectOf(sip.individualId()), record(sipId), Purpose.SIP);
		return sip;
	}

	/** Everything the case page shows, read (and logged) once. */
	public record Overview(Sip sip, Set<Move> moves, List<PlanVersion> versions, List<FollowUp> followUps,
			List<SipStep> timeline, List<IndividualComment> comments, Map<Integer, PlanDelivery.Given> deliveries) {
	}

	@Transactional
	public Overview overview(UUID sipId) {
		Sip sip = load(sipId);
		CurrentUser user = access.requireRead(subjectOf(sip.individualId()), record(sipId), Purpose.SIP);
		return new Overview(sip, sip.allowedMoves(actor(user)), records.versions(sipId), records.followUps(sipId),
				records.timeline(sipId), records.comments(sipId), records.deliveries(sipId));
	}

	/** One line of a unit's worklist. */
	public record WorklistItem(UUID sipId, UUID individualId, String name, boolean protectedIdentity, SipStatus status,
			Assessment.SipLevel level, @Nullable LocalDate nextFollowUp, boolean followUpOverdue,
			boolean hasCoordinator, PersonalDataSubject subject) {
	}

	/** The worklist's filters. */
	public enum WorklistFilter {

		OPEN, WAITING_FOR_CONSENT, NO_COORDINATOR, FOLLOW_UP_WITHIN_30_DAYS, FOLLOW_UP_OVERDUE, CLOSED

	}

	/**
	 * The SIPs the user's unit starts or takes part in, soonest follow-up first. Every
	 * listed case is a read, so each is in the access log.
	 * @param status only SIPs in this state, when given
	 * @param individualId only this person's SIPs, when given
	 */
	@Transactional
	public List<WorklistItem> worklist(WorklistFilter filter, @Nullable SipStatus status, @Nullable UUID individualId) {
		CurrentUser user = users.current();
		String condition = switch (filter) {
			case OPEN -> "s.status <> 'CLOSED'";
			case WAITING_FOR_CONSENT -> "s.status = 'ASSESSED'";
			case NO_COORDINATOR -> "s.status <> 'CLOSED' and s.coordinator_staff_id is null";
			case FOLLOW_UP_WITHIN_30_DAYS ->
				"s.status <> 'CLOSED' and s.next_follow_up between :today and cast(:today as date) + 30";
			case FOLLOW_UP_OVERDUE -> "s.status <> 'CLOSED' and s.next_follow_up < :today";
			case CLOSED -> "s.status = 'CLOSED'";
		};
		List<WorklistItem> items = jdbc.sql("""
				select s.id, s.individual_id, i.given_name || ' ' || i.family_name as name, i.protected_identity,
				       i.personal_identity,
				       s.status, s.assessment_level, s.next_follow_up, s.coordinator_staff_id is not null as coordinated
				from sip s join individual i on i.id = s.individual_id
				where (s.starting_unit_id = :unit or s.participants -> 'all' @> cast(:unitElement as jsonb))
				  and (cast(:individual as uuid) is null or s.individual_id = cast(:individual as uuid))
				  and (cast(:status as text) is null or s.status = cast(:status as text))
				  and %s
				order by s.next_follow_up nulls last, s.started_at desc
				limit 200""".formatted(condition))
			.param("unit", user.unitId())
			.param("unitElement", "[{\"unitId\":\"" + user.unitId() + "\"}]")
			.param("individual", individualId)
			.param("status", status == null ? null : status.name())
			.param("today", today())
			.query((rs, row) -> {
				LocalDate next = rs.getObject("next_follow_up", LocalDate.class);
				SipStatus state = SipStatus.valueOf(rs.getString("status"));
				return new WorklistItem(rs.getObject("id", UUID.class), rs.getObject("individual_id", UUID.class),
						rs.getString("name"), rs.getBoolean("protected_identity"), state,
						Assessment.SipLevel.valueOf(rs.getString("assessment_level")), next,
						state.isOpen() && next != null && next.isBefore(today()), rs.getBoolean("coordinated"),
						new PersonalDataSubject(rs.getObject("individual_id", UUID.class),
								rs.getString("personal_identity"), rs.getBoolean("protected_identity")));
			})
			.list();
		items.forEach(item -> access.requireRead(item.subject(), record(item.sipId()), Purpose.SIP));
		return items;
	}

	/** The confirmed plan versions, oldest first. */
	@Transactional
	public List<PlanVersion> versions(UUID sipId) {
		view(sipId);
		return records.versions(sipId);
	}

	/**
	 * One confirmed plan version to print or export, with the person it is about. The
	 * access-log row names the action and the version.
	 */
	public record PlanOnPaper(Sip sip, PlanVersion version, PersonalDataSubject subject) {
	}

	/**
	 * @param action {@link AccessAction#PRINT} or {@link AccessAction#EXPORT}
	 * @throws NotFoundException when the SIP, or that version of its plan, is not there
	 * for the user
	 */
	@Transactional
	public PlanOnPaper planOnPaper(UUID sipId, int number, AccessAction action) {
		Sip sip = load(sipId);
		PlanVersion version = version(sipId, number);
		PersonalDataSubject subject = subjectOf(sip.individualId());
		access.require(subject, AccessedRecord.ofVersion(RECORD, sipId, number), action, Purpose.SIP);
		return new PlanOnPaper(sip, version, subject);
	}

	/**
	 * The same for the person's own pages: printed by the individual, a guardian or a
	 * representative.
	 */
	public record CitizenPlanOnPaper(PlanOnPaper plan, CitizenStanding standing) {
	}

	@Transactional
	public CitizenPlanOnPaper planOnPaperAsCitizen(UUID sipId, int number) {
		Sip sip = load(sipId);
		PlanVersion version = version(sipId, number);
		PersonalDataSubject subject = subjectOf(sip.individualId());
		CitizenStanding standing = access.requireCitizen(subject, AccessedRecord.ofVersion(RECORD, sipId, number),
				CitizenRight.VIEW, AccessAction.PRINT, Purpose.SIP);
		return new CitizenPlanOnPaper(new PlanOnPaper(sip, version, subject), standing);
	}

	private PlanVersion version(UUID sipId, int number) {
		return records.versions(sipId)
			.stream()
			.filter(version -> version.number() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("version " + number + " of sip " + sipId));
	}

	@Transactional
	public List<SipStep> timeline(UUID sipId) {
		view(sipId);
		return records.timeline(sipId);
	}

	@Transactional
	public List<FollowUp> followUps(UUID sipId) {
		view(sipId);
		return records.followUps(sipId);
	}

	/**
	 * Step 2. The consent is checked against the individual's age and guardians today.
	 * @throws FieldRefusal when the consent breaks a rule
	 */
	@Transactional
	public Sip recordConsent(UUID sipId, long seenVersion, ConsentGiver giver, List<String> consentingPersons,
			ConsentMethod method, LocalDate givenOn, Set<UUID> sharingOrganisations, @Nullable String childsView,
			@Nullable String notToShare) {
		return change(sipId, seenVersion, SipStep.Kind.CONSENT_RECORDED, (sip, user) -> {
			ConsentCircumstances circumstances = circumstances(people.view(sip.individualId()));
			sip.recordConsent(Consent.given(circumstances, giver, consentingPersons, method, givenOn, today(),
					user.staffId(), sharingOrganisations, childsView, notToShare), now());
		}).sip();
	}

	/**
	 * Recorded by staff on the individual's word: the SIP closes and everyone is told.
	 */
	@Transactional
	public Sip withdrawConsent(UUID sipId, long seenVersion) {
		return change(sipId, seenVersion, SipStep.Kind.CONSENT_WITHDRAWN,
				(sip, user) -> sip.withdrawConsent(actor(user), now()))
			.sip();
	}

	@Transactional
	public Sip prepare(UUID sipId, long seenVersion, Preparation preparation) {
		return change(sipId, seenVersion, SipStep.Kind.PREPARED, (sip, user) -> sip.prepare(preparation)).sip();
	}

	/**
	 * Adds a unit; it may then see the SIP. The unit's organisation must be in the
	 * consent.
	 */
	@Transactional
	public Sip addUnit(UUID sipId, long seenVersion, UUID unitId, String role) {
		Unit unit = directory.unit(unitId)
			.orElseThrow(() -> new FieldRefusal("unitId", "sip.participant.unknown", "no unit " + unitId));
		return change(sipId, seenVersion, SipStep.Kind.PARTICIPANT_ADDED,
				(sip, user) -> sip.addParticipant(Participant.unit(unitId, role), unit.organisationId(), now()))
			.sip();
	}

	@Transactional
	public Sip addPerson(UUID sipId, long seenVersion, Participant.Kind kind, String name, String role) {
		return change(sipId, seenVersion, SipStep.Kind.PARTICIPANT_ADDED,
				(sip, user) -> sip.addParticipant(Participant.person(kind, name, role), null, now()))
			.sip();
	}

	@Transactional
	public Sip removeParticipant(UUID sipId, long seenVersion, UUID participantId) {
		return change(sipId, seenVersion, SipStep.Kind.PARTICIPANT_REMOVED,
				(sip, user) -> sip.removeParticipant(participantId, now()))
			.sip();
	}

	/**
	 * Step 4, told by meetings when a meeting is called: refused before consent, and the
	 * first call moves the SIP to INVITED. A call does not conflict with someone editing
	 * the plan, so the SIP is saved only when its state changes.
	 */
	@Transactional
	public Sip meetingCalled(UUID sipId) {
		return meetingStep(sipId, SipStep.Kind.MEETING_CALLED, Sip::meetingCalled);
	}

	/**
	 * A called meeting was cancelled; if it was the first, the SIP goes back to
	 * preparation.
	 */
	@Transactional
	public Sip meetingCancelled(UUID sipId, boolean otherMeetingsCalled) {
		return meetingStep(sipId, SipStep.Kind.MEETING_CANCELLED,
				sip -> !otherMeetingsCalled && sip.firstMeetingCancelled());
	}

	/**
	 * A meeting was held; its decisions reach the plan through {@link #editPlan} and
	 * {@link #confirmPlan}.
	 */
	@Transactional
	public Sip meetingHeld(UUID sipId) {
		return meetingStep(sipId, SipStep.Kind.MEETING_HELD, sip -> {
			if (!sip.status().hasConsent()) {
				throw new IllegalSipTransition(sip.status(), "consent");
			}
			return false;
		});
	}

	private Sip meetingStep(UUID sipId, SipStep.Kind step, Predicate<Sip> change) {
		Sip sip = load(sipId);
		CurrentUser user = access.require(subjectOf(sip.individualId()), record(sipId), AccessAction.UPDATE,
				Purpose.SIP);
		Sip result = change.test(sip) ? save(sip) : sip;
		records.step(sipId, step, user.staffId(), user.unitId(), now());
		return result;
	}

	@Transactional
	public Sip editPlan(UUID sipId, long seenVersion, PlanContent draft) {
		return change(sipId, seenVersion, SipStep.Kind.PLAN_EDITED, (sip, user) -> sip.editPlan(draft, seenVersion))
			.sip();
	}

	/**
	 * Step 6: confirms the draft as a new immutable version.
	 * @param coordinatorStaffId a named staff member of a participating kommun or region
	 * unit
	 */
	@Transactional
	public PlanVersion confirmPlan(UUID sipId, long seenVersion, UUID coordinatorStaffId, LocalDate followUp) {
		Optional<StaffAccount> staff = directory.staff(coordinatorStaffId);
		if (staff.isEmpty()) {
			throw new FieldRefusal("coordinator", "sip.plan.coordinator", "no staff " + coordinatorStaffId);
		}
		UUID unitId = staff.get().unitId();
		boolean ofPrincipal = directory.unit(unitId)
			.map(unit -> directory.organisationsById().get(unit.organisationId()))
			.map(Organisation::isPrincipal)
			.orElse(false);
		Sip sip = change(sipId, seenVersion, SipStep.Kind.PLAN_CONFIRMED,
				(s, user) -> s.confirmPlan(new Coordinator(coordinatorStaffId, unitId), ofPrincipal, followUp,
						actor(user), today(), now()))
			.sip();
		PlanVersion version = sip.justConfirmed().orElseThrow();
		records.store(version);
		return version;
	}

	/**
	 * The person got this plan version: at the meeting or afterwards, by any unit taking
	 * part.
	 */
	@Transactional
	public Sip recordPlanGiven(UUID sipId, long seenVersion, int planVersion, PlanDelivery delivery) {
		boolean alreadyGiven = records.deliveries(sipId).containsKey(planVersion);
		Changed changed = change(sipId, seenVersion, SipStep.Kind.PLAN_GIVEN,
				(sip, user) -> sip.recordPlanGiven(planVersion, delivery, alreadyGiven, now()));
		records.store(sipId, new PlanDelivery.Given(planVersion, delivery, changed.user().staffId(), now()));
		return changed.sip();
	}

	/**
	 * Step 7, by the coordinator; a decision to close closes with the follow-up's reason.
	 */
	@Transactional
	public Sip recordFollowUp(UUID sipId, long seenVersion, FollowUp followUp) {
		Changed changed = change(sipId, seenVersion, SipStep.Kind.FOLLOW_UP_RECORDED,
				(s, user) -> s.recordFollowUp(followUp, actor(user), today(), now()));
		records.store(sipId, followUp, changed.user().staffId(), now());
		return changed.sip();
	}

	/**
	 * Avslut, by the coordinator (or the starting unit before one exists), with a reason.
	 */
	@Transactional
	public Sip close(UUID sipId, long seenVersion, @Nullable ClosingReason reason, @Nullable String text) {
		return change(sipId, seenVersion, SipStep.Kind.CLOSED,
				(sip, user) -> sip.close(reason, text, actor(user), now()))
			.sip();
	}

	/**
	 * Moves every plan whose follow-up date has come to FOLLOW_UP_DUE. Run by the
	 * scheduler; no user, so no access check: it reads no personal data and shows
	 * nothing.
	 * @return how many plans fell due
	 */
	@Transactional
	public int markDueFollowUps() {
		List<UUID> due = jdbc.sql("select id from sip where status = 'PLAN_ACTIVE' and next_follow_up <= ?")
			.param(today())
			.query(UUID.class)
			.list();
		int count = 0;
		for (UUID id : due) {
			Sip sip = load(id);
			if (sip.followUpFallsDue(today(), now())) {
				sips.save(sip);
				count++;
			}
		}
		return count;
	}

	// --- the person's own pages: the individual, a guardian or a representative
	// ---------------

	/** One of the person's SIPs, for the start page of their own pages. */
	public record CitizenSipItem(UUID sipId, CitizenStanding standing, SipStatus status, int planVersion,
			@Nullable LocalDate nextFollowUp, Instant startedAt) {
	}

	/**
	 * The SIPs of everyone the signed-in citizen may see: themself, their children, those
	 * they represent. Each listed SIP is a read, so each is in the access log.
	 */
	@Transactional
	public List<CitizenSipItem> citizenSips() {
		List<CitizenSipItem> items = new java.util.ArrayList<>();
		for (CitizenStanding standing : access.citizenStandings()) {
			List<Sip> theirs = sips.findByIndividualIdOrderByStartedAtDesc(standing.individualId());
			CitizenStanding granted = access.requireCitizenReads(standing.subject(),
					theirs.stream().map(sip -> record(sip.id())).toList(), CitizenRight.VIEW, Purpose.SIP);
			theirs.forEach(sip -> items.add(new CitizenSipItem(sip.id(), granted, sip.status(), sip.planVersion(),
					sip.nextFollowUp().orElse(null), sip.startedAt())));
		}
		return items;
	}

	/**
	 * One SIP as the person sees it: the comments and own notes this reader may see.
	 *
	 * @param comments only those {@link CitizenStanding#mayReadNotesBy} lets the reader
	 * see
	 * @param notes likewise
	 */
	public record CitizenCase(Sip sip, CitizenStanding standing, List<PlanVersion> versions,
			List<IndividualComment> comments, List<OwnPreparation> notes) {

		public Optional<PlanVersion> current() {
			return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
		}

	}

	/**
	 * @throws NotFoundException when the citizen may not see this SIP: the same 404 as
	 * none
	 */
	@Transactional
	public CitizenCase citizenCase(UUID sipId) {
		return citizenCase(sipId, CitizenRight.VIEW);
	}

	/**
	 * For a page that needs more than reading (the preparation form): refused like a
	 * missing SIP.
	 */
	@Transactional
	public CitizenCase citizenCase(UUID sipId, CitizenRight right) {
		Sip sip = load(sipId);
		CitizenStanding standing = access.requireCitizen(subjectOf(sip.individualId()), record(sipId), right,
				AccessAction.READ, Purpose.SIP);
		return citizenCase(sip, standing);
	}

	private CitizenCase citizenCase(Sip sip, CitizenStanding standing) {
		return new CitizenCase(sip, standing, records.versions(sip.id()),
				records.comments(sip.id()).stream().filter(c -> standing.mayReadNotesBy(c.writtenBy())).toList(),
				sip.ownPreparations().stream().filter(n -> standing.mayReadNotesBy(n.writtenBy())).toList());
	}

	/** The person's own preparation; the staff see it in their preparation view. */
	@Transactional
	public Sip prepareAsCitizen(UUID sipId, long seenVersion, OwnPreparation.Draft draft) {
		return citizenChange(sipId, seenVersion, CitizenRight.TAKE_PART, SipStep.Kind.OWN_PREPARATION,
				(sip, standing) -> sip.prepareOwn(draft.by(standing.standing(), now())));
	}

	/**
	 * A comment on the draft plan (goal null) or on one goal. It is kept beside the plan
	 * and never changes it; the staff see it with the plan.
	 */
	@Transactional
	public IndividualComment commentAsCitizen(UUID sipId, @Nullable String goal, String text) {
		Sip sip = load(sipId);
		CitizenStanding standing = access.requireCitizen(subjectOf(sip.individualId()), record(sipId),
				CitizenRight.TAKE_PART, AccessAction.UPDATE, Purpose.SIP);
		int version = sip.acceptComment(goal, text);
		var comment = new IndividualComment(UUID.randomUUID(), sipId, version, goal, text.strip(), standing.standing(),
				now());
		records.store(comment);
		records.stepByCitizen(sipId, SipStep.Kind.COMMENTED, standing.standing(), now());
		return comment;
	}

	/** The person withdraws consent: the SIP closes and every unit involved is told. */
	@Transactional
	public Sip withdrawConsentAsCitizen(UUID sipId, long seenVersion) {
		return citizenChange(sipId, seenVersion, CitizenRight.WITHDRAW_CONSENT, SipStep.Kind.CONSENT_WITHDRAWN,
				(sip, standing) -> sip.withdrawConsentOnOwnPages(now()));
	}

	private interface CitizenChangeStep {

		void apply(Sip sip, CitizenStanding standing);

	}

	private Sip citizenChange(UUID sipId, long seenVersion, CitizenRight right, SipStep.Kind step,
			CitizenChangeStep change) {
		Sip sip = load(sipId);
		CitizenStanding standing = access.requireCitizen(subjectOf(sip.individualId()), record(sipId), right,
				AccessAction.UPDATE, Purpose.SIP);
		Sip saved = saveSeen(sip, seenVersion, () -> change.apply(sip, standing));
		records.stepByCitizen(sipId, step, standing.standing(), now());
		return saved;
	}

	// --- the shape every change has
	// ---------------------------------------------------------

	private interface Change {

		void apply(Sip sip, CurrentUser user);

	}

	/** A change made, and who made it. */
	private record Changed(Sip sip, CurrentUser user) {
	}

	private Changed change(UUID sipId, long seenVersion, SipStep.Kind step, Change change) {
		Sip sip = load(sipId);
		CurrentUser user = access.require(subjectOf(sip.individualId()), record(sipId), AccessAction.UPDATE,
				Purpose.SIP);
		Sip saved = saveSeen(sip, seenVersion, () -> change.apply(sip, user));
		records.step(sipId, step, user.staffId(), user.unitId(), now());
		return new Changed(saved, user);
	}

	/**
	 * Changes the SIP as the user saw it; a save by someone else in between is told,
	 * never overwritten.
	 */
	private Sip saveSeen(Sip sip, long seenVersion, Runnable change) {
		if (sip.version() != seenVersion) {
			throw new ConcurrentEditException("sip " + sip.id() + " changed since version " + seenVersion);
		}
		change.run();
		return save(sip);
	}

	private Sip save(Sip sip) {
		try {
			return sips.save(sip);
		}
		catch (OptimisticLockingFailureException e) {
			throw new ConcurrentEditException("sip " + sip.id() + " was saved by someone else");
		}
	}

	private Sip load(UUID sipId) {
		return sips.findById(sipId).orElseThrow(() -> new NotFoundException("sip " + sipId));
	}

	private PersonalDataSubject subjectOf(UUID individualId) {
		return people.accessSubject(individualId)
			.orElseThrow(() -> new NotFoundException("individual " + individualId));
	}

	private ConsentCircumstances circumstances(Individual individual) {
		return ConsentCircumstances.of(individual, today());
	}

	private static AccessedRecord record(UUID sipId) {
		return AccessedRecord.of(RECORD, sipId);
	}

	private static Actor actor(CurrentUser user) {
		return new Actor(user.staffId(), user.unitId());
	}

	private Instant now() {
		return Instant.now(clock);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
