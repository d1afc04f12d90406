package se.samordna.sip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.access.AccessAction;
import se.samordna.access.AccessControl;
import se.samordna.access.AccessedRecord;
import se.samordna.access.CurrentUser;
import se.samordna.access.PersonalDataSubject;
import se.samordna.access.Purpose;
import se.samordna.directory.Directory;
import se.samordna.directory.Organisation;
import se.samordna.directory.StaffAccount;
import se.samordna.directory.Unit;
import se.samordna.people.Individual;
import se.samordna.people.People;
import se.samordna.people.Personnummer;
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

	private final SipStore store;

	private final SipRepository sips;

	private final SipRecords records;

	private final People people;

	private final Directory directory;

	private final AccessControl access;

	Sips(SipStore store, SipRepository sips, SipRecords records, People people, Directory directory,
			AccessControl access) {
		this.store = store;
		this.sips = sips;
		this.records = records;
		this.people = people;
		this.directory = directory;
		this.access = access;
	}

	/**
	 * Step 1, for an individual the user's unit has a relation to, who has no open SIP
	 * the unit takes part in.
	 * @throws FieldRefusal beside an open SIP (see
	 * {@link #start(UUID, Assessment, boolean)})
	 */
	@Transactional
	public Sip start(UUID individualId, Assessment assessment) {
		return start(individualId, assessment, false);
	}

	/**
	 * Step 1, for an individual the user's unit has a relation to.
	 * @param startAnyway the user has seen the person's open SIPs ({@link #openSipsOf})
	 * and starts another all the same
	 * @throws FieldRefusal without a reason, or beside an open SIP the unit takes part in
	 * unless {@code startAnyway}
	 */
	@Transactional
	public Sip start(UUID individualId, Assessment assessment, boolean startAnyway) {
		PersonalDataSubject subject = subjectOf(individualId);
		CurrentUser user = access.require(subject, AccessedRecord.of("individual", individualId), AccessAction.CREATE,
				Purpose.SIP);
		AgeBand ageBand = AgeBand.ofAge(Personnummer.of(subject.personalIdentity()).ageOn(today()));
		Sip sip = Sip.start(individualId, assessment, ageBand, actor(user), now(), otherOpenSips(subject), startAnyway);
		Sip saved = sips.save(sip);
		records.step(saved.id(), SipStep.Kind.STARTED, user.staffId(), user.unitId(), now());
		return saved;
	}

	/** An open SIP of a person, as the start page lists it before a second is started. */
	public record OpenSip(UUID sipId, SipStatus status, Instant startedAt, String startingUnit) {
	}

	/**
	 * The person's open SIPs the user's unit takes part in, for the start page to show
	 * before a second one is started. Each one listed is a read, so each is in the access
	 * log; SIPs the unit has no part in are neither listed nor logged.
	 */
	@Transactional
	public List<OpenSip> openSipsOf(UUID individualId) {
		PersonalDataSubject subject = subjectOf(individualId);
		return sips.findByIndividualIdOrderByStartedAtDesc(individualId)
			.stream()
			.filter(sip -> sip.status().isOpen() && access.mayRead(subject, record(sip.id())))
			.map(sip -> {
				access.requireRead(subject, record(sip.id()), Purpose.SIP);
				return new OpenSip(sip.id(), sip.status(), sip.startedAt(),
						directory.unit(sip.startingUnitId()).map(Unit::name).orElse(""));
			})
			.toList();
	}

	/** The person's open SIPs the user's unit may read, without logging: only ids. */
	private OtherOpenSips otherOpenSips(PersonalDataSubject subject) {
		return new OtherOpenSips(sips.findByIndividualIdOrderByStartedAtDesc(subject.individualId())
			.stream()
			.filter(sip -> sip.status().isOpen() && access.mayRead(subject, record(sip.id())))
			.map(Sip::id)
			.toList());
	}

	/**
	 * The reasons the SIP may be closed for now ({@link Sip#closingReasons}), for the
	 * close and follow-up forms to list.
	 */
	@Transactional(readOnly = true)
	public List<ClosingReason> closingReasons(Sip sip) {
		return sip.closingReasons(otherOpenSips(subjectOf(sip.individualId())));
	}

	/**
	 * A SIP for the form page of one move: read (and logged) as {@link #read}, and
	 * refused when the move is not open to the user now, e.g. any form of a closed SIP.
	 * @throws MoveNotOpen saying why; the read stays in the access log
	 * @throws NotFoundException as {@link #view}
	 */
	@Transactional(noRollbackFor = MoveNotOpen.class)
	public Case readFor(UUID sipId, Move move) {
		Granted granted = granted(sipId);
		granted.sipCase().sip().requireAllowed(move, actor(granted.user()));
		return granted.sipCase();
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

	/**
	 * A SIP as a staff page shows it, with the person it is for. Read under one access
	 * decision on the SIP, whose access-log row covers the person too: one row per page.
	 */
	public record Case(Sip sip, Individual individual) {
	}

	/**
	 * The SIP and its person, for a page that shows both.
	 * @throws NotFoundException when there is no such SIP or the user's unit does not
	 * take part
	 */
	@Transactional
	public Case read(UUID sipId) {
		return granted(sipId).sipCase();
	}

	/** Everything the case page shows, read (and logged) once. */
	public record Overview(Case sipCase, Set<Move> moves, List<PlanVersion> versions, List<FollowUp> followUps,
			List<SipStep> timeline, List<IndividualComment> comments, Map<Integer, PlanDelivery.Given> deliveries) {

		public Sip sip() {
			return sipCase.sip();
		}

	}

	@Transactional
	public Overview overview(UUID sipId) {
		Granted granted = granted(sipId);
		Sip sip = granted.sipCase().sip();
		return new Overview(granted.sipCase(), sip.allowedMoves(actor(granted.user())), records.versions(sipId),
				records.followUps(sipId), records.timeline(sipId), records.comments(sipId), records.deliveries(sipId));
	}

	/** A SIP read with its person, and who read it. */
	private record Granted(Case sipCase, CurrentUser user) {
	}

	private Granted granted(UUID sipId) {
		Sip sip = load(sipId);
		People.GrantedRead read = people.readUnder(sip.individualId(),
				subject -> access.grantRead(subject, record(sipId), Purpose.SIP));
		return new Granted(new Case(sip, read.individual()), read.grant().user());
	}

	/** The confirmed plan versions, oldest first. */
	@Transactional
	public List<PlanVersion> versions(UUID sipId) {
		view(sipId);
		return records.versions(sipId);
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
	 * Adds a unit; it may then see the SIP. The unit must work with individuals, and its
	 * organisation must be in the consent.
	 */
	@Transactional
	public Sip addUnit(UUID sipId, long seenVersion, UUID unitId, String role) {
		Unit unit = directory.unit(unitId)
			.orElseThrow(() -> new FieldRefusal("unitId", "sip.participant.unknown", "no unit " + unitId));
		JoiningUnit joining = new JoiningUnit(unit.organisationId(), unit.kind().worksWithIndividuals());
		return change(sipId, seenVersion, SipStep.Kind.PARTICIPANT_ADDED,
				(sip, user) -> sip.addParticipant(Participant.unit(unitId, role), joining, now()))
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
	 * Step 6: confirms the draft as a new immutable version, after a meeting held outside
	 * Samordna.
	 * @param coordinatorStaffId a named staff member of a participating kommun or region
	 * unit
	 * @param tookPart the participants who planned together: only they are named in the
	 * version
	 */
	@Transactional
	public PlanVersion confirmPlan(UUID sipId, long seenVersion, UUID coordinatorStaffId, LocalDate followUp,
			Set<UUID> tookPart) {
		CoordinatorCandidate candidate = candidate(coordinatorStaffId);
		Sip sip = change(sipId, seenVersion, SipStep.Kind.PLAN_CONFIRMED,
				(s, user) -> s.confirmPlan(candidate, followUp, tookPart, actor(user), today(), now()))
			.sip();
		PlanVersion version = sip.justConfirmed().orElseThrow();
		records.store(version);
		return version;
	}

	/**
	 * The staff who may coordinate this SIP, as {@link Sip#mayCoordinate} decides, for a
	 * page to offer: only the staff of its participating units are read.
	 */
	@Transactional(readOnly = true)
	public List<StaffAccount> coordinatorCandidates(Sip sip) {
		Set<UUID> units = sip.participants()
			.stream()
			.map(Participant::unitId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<UUID, Unit> byId = directory.unitsById(units);
		Map<UUID, Organisation> organisations = directory
			.organisationsById(byId.values().stream().map(Unit::organisationId).toList());
		return directory.staffOf(units)
			.stream()
			.filter(staff -> sip.mayCoordinate(new CoordinatorCandidate(staff.id(), staff.unitId(), staff.active(),
					organisations.get(byId.get(staff.unitId()).organisationId()).isPrincipal())))
			.toList();
	}

	/**
	 * What a held meeting decided, adopted by its SIP; with who adopted it and the
	 * version it confirmed.
	 */
	public record Adopted(Sip sip, Actor by, Optional<PlanVersion> confirmed) {
	}

	/**
	 * Steps 5 and 6 in one move, for the meeting that was held: one access check, the
	 * decision adopted into the plan and, after a first meeting, the plan confirmed (see
	 * {@link Sip#adoptMeetingDecision}). The caller's transaction holds the meeting's own
	 * change too, so all or nothing is saved.
	 */
	@Transactional
	public Adopted adoptMeetingDecision(UUID sipId, MeetingDecision decision) {
		Sip sip = load(sipId);
		CurrentUser user = access.require(subjectOf(sip.individualId()), record(sipId), AccessAction.UPDATE,
				Purpose.SIP);
		CoordinatorCandidate coordinator = decision.firstMeeting() && decision.coordinatorStaffId() != null
				? candidate(decision.coordinatorStaffId()) : null;
		Optional<PlanVersion> confirmed = sip.adoptMeetingDecision(decision, coordinator, actor(user), today(), now());
		Sip saved = save(sip);
		records.step(sipId, SipStep.Kind.MEETING_HELD, user.staffId(), user.unitId(), now());
		confirmed.ifPresent(version -> {
			records.store(version);
			records.step(sipId, SipStep.Kind.PLAN_CONFIRMED, user.staffId(), user.unitId(), now());
		});
		return new Adopted(saved, actor(user), confirmed);
	}

	private CoordinatorCandidate candidate(UUID staffId) {
		StaffAccount staff = directory.staff(staffId)
			.orElseThrow(() -> new FieldRefusal("coordinator", "sip.plan.coordinator", "no staff " + staffId));
		return new CoordinatorCandidate(staffId, staff.unitId(), staff.active(), ofPrincipal(staff.unitId()));
	}

	private boolean ofPrincipal(UUID unitId) {
		return directory.unit(unitId)
			.flatMap(unit -> directory.organisation(unit.organisationId()))
			.map(Organisation::isPrincipal)
			.orElse(false);
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
		Changed changed = change(sipId, seenVersion, SipStep.Kind.FOLLOW_UP_RECORDED, (s, user) -> s
			.recordFollowUp(followUp, actor(user), today(), now(), otherOpenSips(subjectOf(s.individualId()))));
		records.store(sipId, followUp, changed.user().staffId(), now());
		return changed.sip();
	}

	/**
	 * Avslut, by the coordinator (or the starting unit before one exists), with a reason.
	 */
	@Transactional
	public Sip close(UUID sipId, long seenVersion, @Nullable ClosingReason reason, @Nullable String text) {
		return change(sipId, seenVersion, SipStep.Kind.CLOSED, (sip, user) -> sip.close(reason, text, actor(user),
				now(), otherOpenSips(subjectOf(sip.individualId()))))
			.sip();
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

	private Sip load(UUID sipId) {
		return store.load(sipId);
	}

	private PersonalDataSubject subjectOf(UUID individualId) {
		return store.subjectOf(individualId);
	}

	private Sip save(Sip sip) {
		return store.save(sip);
	}

	private Sip saveSeen(Sip sip, long seenVersion, Runnable change) {
		return store.saveSeen(sip, seenVersion, change);
	}

	private ConsentCircumstances circumstances(Individual individual) {
		return ConsentCircumstances.of(individual, today());
	}

	private static AccessedRecord record(UUID sipId) {
		return SipStore.record(sipId);
	}

	private static Actor actor(CurrentUser user) {
		return SipStore.actor(user);
	}

	private Instant now() {
		return store.now();
	}

	private LocalDate today() {
		return store.today();
	}

}
