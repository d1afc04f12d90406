package se.samordna.sip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;

import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.FieldRefusal;
import se.samordna.platform.UserFacingException;
import se.samordna.sip.SipEvents.ConsentRecorded;
import se.samordna.sip.SipEvents.FollowUpRecorded;
import se.samordna.sip.SipEvents.ParticipantAdded;
import se.samordna.sip.SipEvents.ParticipantRemoved;
import se.samordna.sip.SipEvents.PlanConfirmed;
import se.samordna.sip.SipEvents.SipClosed;
import se.samordna.sip.SipEvents.SipStarted;

/**
 * One SIP for one individual. Every move of the process is a method here: it checks the
 * state and its preconditions, changes the state, and registers a past-tense event.
 * Nothing outside sets the status.
 */
public class Sip extends AbstractAggregateRoot<Sip> {

	@Id
	private UUID id;

	private UUID individualId;

	private UUID startingUnitId;

	private UUID startedBy;

	private Instant startedAt;

	@Embedded.Empty(prefix = "assessment_")
	private Assessment assessment;

	private SipStatus status;

	private @Nullable Consent consent;

	private @Nullable Preparation preparation;

	private ParticipantList participants;

	private OwnPreparation.Notes ownPreparations;

	private PlanContent plan;

	@Embedded.Nullable(prefix = "coordinator_")
	private @Nullable Coordinator coordinator;

	private @Nullable LocalDate nextFollowUp;

	private int planVersion;

	private PlanVersionKind nextVersionKind;

	private @Nullable ClosingReason closingReason;

	private @Nullable String closingText;

	@Version
	private @Nullable Long version;

	/**
	 * The version confirmed by the last {@link #confirmPlan}, for the service to store.
	 */
	@Transient
	private @Nullable PlanVersion confirmed;

	@PersistenceCreator
	Sip(UUID id, UUID individualId, UUID startingUnitId, UUID startedBy, Instant startedAt, Assessment assessment,
			SipStatus status, @Nullable Consent consent, @Nullable Preparation preparation,
			ParticipantList participants, PlanContent plan, @Nullable Coordinator coordinator,
			@Nullable LocalDate nextFollowUp, int planVersion, PlanVersionKind nextVersionKind,
			@Nullable ClosingReason closingReason, @Nullable String closingText, OwnPreparation.Notes ownPreparations,
			@Nullable Long version) {
		this.id = id;
		this.individualId = individualId;
		this.startingUnitId = startingUnitId;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.assessment = assessment;
		this.status = status;
		this.consent = consent;
		this.preparation = preparation;
		this.participants = participants;
		this.plan = plan;
		this.coordinator = coordinator;
		this.nextFollowUp = nextFollowUp;
		this.planVersion = planVersion;
		this.nextVersionKind = nextVersionKind;
		this.closingReason = closingReason;
		this.closingText = closingText;
		this.ownPreparations = ownPreparations;
		this.version = version;
	}

	/**
	 * Step 1: someone judges that coordination is needed. The starting unit owns the case
	 * until a coordinator is chosen.
	 */
	public static Sip start(UUID individualId, Assessment assessment, AgeBand ageBand, Actor startedBy, Instant now) {
		if (assessment.reason().isBlank()) {
			throw new FieldRefusal("reason", "sip.assessment.reason", "no reason for new SIP");
		}
		var sip = new Sip(UUID.randomUUID(), individualId, startedBy.unitId(), startedBy.staffId(), now, assessment,
				SipStatus.ASSESSED, null, null, ParticipantList.of(List.of(Participant.unit(startedBy.unitId(), ""))),
				PlanContent.EMPTY, null, null, 0, PlanVersionKind.FIRST, null, null, OwnPreparation.Notes.NONE, null);
		sip.registerEvent(new SipStarted(sip.id, startedBy.unitId(), assessment.noticedBy(), assessment.track(),
				assessment.level(), ageBand, now));
		return sip;
	}

	// --- consent
	// -------------------------------------------------------------------------

	/** Step 2: nothing else moves before this. */
	public void recordConsent(Consent consent, Instant now) {
		move(SipStatus.CONSENTED, "recordConsent");
		this.consent = consent;
		registerEvent(new ConsentRecorded(id, consent.giver(), now));
	}

	/**
	 * Consent can be withdrawn at any time: the SIP closes and everyone involved is told.
	 */
	public void withdrawConsent(Actor recordedBy, Instant now) {
		if (!status.isOpen()) {
			throw new IllegalSipTransition(status, "withdrawConsent");
		}
		closeWith(ClosingReason.CONSENT_WITHDRAWN, null, recordedBy.unitId(), now);
	}

	/**
	 * The person (or whoever gave the consent for them) withdraws it on their own pages:
	 * the SIP closes and every unit involved is told, exactly as when staff record it.
	 */
	public void withdrawConsentOnOwnPages(Instant now) {
		if (!status.isOpen()) {
			throw new IllegalSipTransition(status, "withdrawConsent");
		}
		closeWith(ClosingReason.CONSENT_WITHDRAWN, null, null, now);
	}

	// --- preparation and participants
	// -----------------------------------------------------

	/**
	 * The person's own preparation, from their pages: any time while the SIP is open and
	 * has consent. It does not move the SIP; the staff prepare with the person.
	 * @throws FieldRefusal when nothing is written about what matters
	 */
	public void prepareOwn(OwnPreparation note) {
		requireConsent("prepareOwn");
		requireOpen("prepareOwn");
		if (note.whatMatters().isBlank()) {
			throw new FieldRefusal("whatMatters", "sip.ownPreparation.whatMatters", "empty own preparation for " + id);
		}
		ownPreparations = ownPreparations.with(note);
	}

	/**
	 * Whether the person may comment now: on the draft before the first plan is
	 * confirmed, on one of their goals once there is a plan.
	 * @param goal the goal's words as the plan has them; null for the draft as a whole
	 * @return the plan version the comment belongs to (0 for the first draft)
	 * @throws FieldRefusal when there is nothing to comment on, or the text is empty
	 */
	public int acceptComment(@Nullable String goal, String text) {
		requireOpen("comment");
		if (goal == null) {
			if (planVersion > 0 || plan.equals(PlanContent.EMPTY)) {
				throw new UserFacingException("sip.refused.commentOnDraft", "no draft to comment on in " + id);
			}
		}
		else if (planVersion == 0 || plan.goals().stream().noneMatch(g -> g.individualsWords().equals(goal))) {
			throw new UserFacingException("sip.refused.commentOnGoal", "no such goal in " + id);
		}
		if (text.isBlank()) {
			throw new FieldRefusal("text", "sip.comment.text", "empty comment on " + id);
		}
		return planVersion;
	}

	/**
	 * Step 3, with the individual. May be redone before a follow-up, when needs are
	 * reassessed.
	 */
	public void prepare(Preparation preparation) {
		requireConsent("prepare");
		if (preparation.whatMatters().isBlank()) {
			throw new FieldRefusal("whatMatters", "sip.preparation.whatMatters", "empty preparation for " + id);
		}
		if (status == SipStatus.CONSENTED) {
			move(SipStatus.PREPARING, "prepare");
		}
		this.preparation = preparation;
	}

	/**
	 * Adds a unit, relative or representative. A unit must belong to an organisation the
	 * consent lets share information.
	 * @param organisationOfUnit the organisation of the participant's unit; null for
	 * persons
	 */
	public Participant addParticipant(Participant participant, @Nullable UUID organisationOfUnit, Instant now) {
		requireConsent("addParticipant");
		if (participant.kind() == Participant.Kind.UNIT) {
			if (organisationOfUnit == null || !consent().allowsSharingWith(organisationOfUnit)) {
				throw new FieldRefusal("unitId", "sip.participant.outsideConsent",
						"unit outside consent scope for " + id);
			}
			if (participants.hasUnit(participant.unitId())) {
				throw new FieldRefusal("unitId", "sip.participant.already", "unit already participates in " + id);
			}
		}
		participants = participants.with(participant);
		registerEvent(new ParticipantAdded(id, participant.id(), now));
		return participant;
	}

	/** The starting unit and the coordinator's unit stay as long as the SIP is open. */
	public void removeParticipant(UUID participantId, Instant now) {
		requireOpen("removeParticipant");
		Participant participant = participants.find(participantId)
			.orElseThrow(() -> new FieldRefusal("participant", "sip.participant.unknown", "no participant"));
		if (participant.kind() == Participant.Kind.UNIT && (startingUnitId.equals(participant.unitId())
				|| (coordinator != null && coordinator.unitId().equals(participant.unitId())))) {
			throw new FieldRefusal("participant", "sip.participant.mustStay", "starting or coordinating unit");
		}
		participants = participants.without(participantId);
		registerEvent(new ParticipantRemoved(id, participantId, now));
	}

	// --- meetings
	// ---------------------------------------------------------------------------

	/**
	 * Step 4: a meeting is called. Only after consent; the first call moves a SIP being
	 * prepared to INVITED, a follow-up meeting leaves the state as it is.
	 * @return whether the state changed
	 */
	public boolean meetingCalled() {
		requireConsent("callMeeting");
		if (status == SipStatus.CONSENTED || status == SipStatus.PREPARING) {
			move(SipStatus.INVITED, "callMeeting");
			return true;
		}
		return false;
	}

	/**
	 * The first meeting was cancelled and no other is called: back to preparation.
	 * @return whether the state changed
	 */
	public boolean firstMeetingCancelled() {
		if (status == SipStatus.INVITED) {
			move(SipStatus.PREPARING, "cancelMeeting");
			return true;
		}
		return false;
	}

	// --- the plan
	// --------------------------------------------------------------------------

	/** The draft everyone works on until it is confirmed. */
	public void editPlan(PlanContent draft, long seenVersion) {
		requireConsent("editPlan");
		requireVersion(seenVersion);
		replaceDraft(draft);
	}

	/**
	 * A unit responsible for an action must take part, so it can read the plan it acts
	 * on.
	 */
	private void replaceDraft(PlanContent draft) {
		if (draft.actions().stream().anyMatch(action -> !participants.hasUnit(action.responsibleUnitId()))) {
			throw new FieldRefusal("plan", "sip.plan.responsibleNotParticipant",
					"action by a non-participant in " + id);
		}
		this.plan = draft;
	}

	/**
	 * Step 5 into step 6: a held meeting's decision becomes the draft (the draft's
	 * contacts stay), and after a first meeting the plan is confirmed with the meeting's
	 * coordinator and follow-up date, naming as planners only those who took part.
	 * @return the confirmed version, after a first meeting
	 * @throws FieldRefusal as {@link #confirmPlan}, or when a first meeting chose no
	 * coordinator or follow-up
	 */
	public Optional<PlanVersion> adoptMeetingDecision(MeetingDecision decision,
			@Nullable CoordinatorCandidate coordinator, Actor by, LocalDate today, Instant now) {
		requireConsent("adoptMeetingDecision");
		requireOpen("adoptMeetingDecision");
		replaceDraft(new PlanContent(decision.needs(), decision.goals(), decision.actions(), plan.contacts()));
		if (!decision.firstMeeting()) {
			return Optional.empty();
		}
		if (coordinator == null) {
			throw new FieldRefusal("coordinator", "meetings.coordinator.required", "no coordinator chosen");
		}
		if (decision.followUp() == null) {
			throw new FieldRefusal("followUp", "meetings.followUp.required", "no follow-up booked");
		}
		return Optional.of(confirm(coordinator, decision.followUp(),
				participants.all().stream().filter(decision::tookPart).toList(), by, today, now));
	}

	/**
	 * Confirms the draft as an immutable plan version: step 6, and the plan becomes
	 * active. Every participant is named as a planner (the meeting was held outside
	 * Samordna).
	 * @throws FieldRefusal when the plan lacks needs, goals or actions, the coordinator
	 * may not coordinate ({@link #mayCoordinate}), or the follow-up date is not in the
	 * future
	 */
	public PlanVersion confirmPlan(CoordinatorCandidate coordinator, LocalDate followUp, Actor confirmedBy,
			LocalDate today, Instant now) {
		return confirm(coordinator, followUp, participants.all(), confirmedBy, today, now);
	}

	private PlanVersion confirm(CoordinatorCandidate candidate, LocalDate followUp, List<Participant> planners,
			Actor confirmedBy, LocalDate today, Instant now) {
		requireConsent("confirmPlan");
		if (!status.mayMoveTo(SipStatus.PLAN_ACTIVE)) {
			throw new IllegalSipTransition(status, "confirmPlan");
		}
		if (status == SipStatus.FOLLOW_UP_DUE) {
			// a due follow-up comes first; a new version would otherwise skip it
			throw new UserFacingException("sip.plan.followUpFirst", "follow-up due on " + id);
		}
		if (!plan.isComplete()) {
			throw new FieldRefusal("plan", "sip.plan.incomplete", "incomplete plan for " + id);
		}
		if (!mayCoordinate(candidate)) {
			throw new FieldRefusal("coordinator", "sip.plan.coordinator", "coordinator may not coordinate " + id);
		}
		if (!followUp.isAfter(today)) {
			throw new FieldRefusal("followUp", "sip.plan.followUpInFuture", "follow-up not in the future");
		}
		this.coordinator = candidate.coordinator();
		this.nextFollowUp = followUp;
		this.planVersion++;
		PlanVersionKind kind = planVersion == 1 ? PlanVersionKind.FIRST : nextVersionKind;
		this.nextVersionKind = PlanVersionKind.REVISION;
		this.status = SipStatus.PLAN_ACTIVE;
		this.confirmed = new PlanVersion(id, planVersion, kind, plan, planners, this.coordinator, followUp,
				confirmedBy.staffId(), now);
		registerEvent(new PlanConfirmed(id, planVersion, kind, followUp, now));
		return confirmed;
	}

	/**
	 * Who may coordinate this SIP: an active staff member of a participating unit that
	 * belongs to a kommun or a region. The one rule; pages list the candidates it lets
	 * through.
	 */
	public boolean mayCoordinate(CoordinatorCandidate candidate) {
		return candidate.active() && candidate.ofPrincipal() && participants.hasUnit(candidate.unitId());
	}

	/**
	 * The person got a confirmed plan version. Each version is given once; the first
	 * record counts.
	 * @param alreadyGiven whether this version's delivery is already on record
	 */
	public void recordPlanGiven(int number, PlanDelivery delivery, boolean alreadyGiven, Instant now) {
		if (number < 1 || number > planVersion) {
			throw new IllegalArgumentException("no plan version " + number + " in sip " + id);
		}
		if (alreadyGiven) {
			throw new UserFacingException("sip.planGiven.already", "plan version " + number + " already given");
		}
		registerEvent(new SipEvents.PlanGiven(id, number, delivery, now));
	}

	/** The clock has reached the follow-up date: the plan waits for its follow-up. */
	public boolean followUpFallsDue(LocalDate today, Instant now) {
		if (status == SipStatus.PLAN_ACTIVE && nextFollowUp != null && !today.isBefore(nextFollowUp)) {
			status = SipStatus.FOLLOW_UP_DUE;
			registerEvent(new SipEvents.FollowUpFellDue(id, nextFollowUp, now));
			return true;
		}
		return false;
	}

	// --- follow-up and closing
	// -------------------------------------------------------------

	/** Step 7, by the coordinator. The decision says what happens next. */
	public void recordFollowUp(FollowUp followUp, Actor by, LocalDate today, Instant now) {
		if (status != SipStatus.PLAN_ACTIVE && status != SipStatus.FOLLOW_UP_DUE) {
			throw new IllegalSipTransition(status, "recordFollowUp");
		}
		requireResponsible(by, "recordFollowUp");
		LocalDate due = nextFollowUp;
		switch (followUp.decision()) {
			case CONTINUE -> {
				if (followUp.nextFollowUp() == null || !followUp.nextFollowUp().isAfter(today)) {
					throw new FieldRefusal("nextFollowUp", "sip.plan.followUpInFuture", "no next follow-up");
				}
				nextFollowUp = followUp.nextFollowUp();
				status = SipStatus.PLAN_ACTIVE;
			}
			case REVISE_PLAN -> {
				nextVersionKind = PlanVersionKind.REVISION;
				status = SipStatus.PLAN_ACTIVE;
			}
			case NEW_PLAN -> {
				nextVersionKind = PlanVersionKind.NEW_PLAN;
				plan = PlanContent.EMPTY;
				status = SipStatus.PLAN_ACTIVE;
			}
			case CLOSE -> {
				if (followUp.closingReason() == null) {
					throw new FieldRefusal("closingReason", "sip.close.reason", "close without reason");
				}
			}
		}
		registerEvent(new FollowUpRecorded(id, due,
				followUp.decision() == FollowUp.Decision.CONTINUE ? nextFollowUp : null, followUp.decision(),
				followUp.goalsWith(FollowUp.GoalOutcome.MET), followUp.goalsWith(FollowUp.GoalOutcome.PARTLY_MET),
				followUp.goalsWith(FollowUp.GoalOutcome.NOT_MET), now));
		if (followUp.decision() == FollowUp.Decision.CLOSE) {
			close(followUp.closingReason(), followUp.closingText(), by, now);
		}
	}

	/**
	 * Avslut, with the individual: only the coordinator (or the starting unit before
	 * there is one).
	 * @throws FieldRefusal without a reason, or "other" without words
	 */
	public void close(@Nullable ClosingReason reason, @Nullable String text, Actor by, Instant now) {
		requireOpen("close");
		requireResponsible(by, "close");
		if (reason == null || reason == ClosingReason.CONSENT_WITHDRAWN) {
			throw new FieldRefusal("reason", "sip.close.reason", "close without reason");
		}
		if (reason == ClosingReason.OTHER && (text == null || text.isBlank())) {
			throw new FieldRefusal("text", "sip.close.otherText", "other reason without text");
		}
		if (reason == ClosingReason.CONSENT_DECLINED && consent != null) {
			throw new FieldRefusal("reason", "sip.close.declinedAfterConsent", "consent declined after it was given");
		}
		closeWith(reason, text, by.unitId(), now);
	}

	private void closeWith(ClosingReason reason, @Nullable String text, @Nullable UUID byUnit, Instant now) {
		status = SipStatus.CLOSED;
		closingReason = reason;
		closingText = text == null || text.isBlank() ? null : text.strip();
		Set<UUID> involved = new HashSet<>();
		involved.add(startingUnitId);
		participants.all().forEach(p -> {
			if (p.unitId() != null) {
				involved.add(p.unitId());
			}
		});
		registerEvent(new SipClosed(id, reason, byUnit, involved, now));
	}

	// --- rules
	// -----------------------------------------------------------------------------

	/**
	 * The moves open to this actor now: the page shows exactly these, the methods refuse
	 * the rest.
	 */
	public Set<Move> allowedMoves(Actor actor) {
		var moves = EnumSet.noneOf(Move.class);
		if (status == SipStatus.ASSESSED) {
			moves.add(Move.RECORD_CONSENT);
		}
		if (status.hasConsent()) {
			moves.addAll(List.of(Move.PREPARE, Move.CHANGE_PARTICIPANTS, Move.CALL_MEETING, Move.EDIT_PLAN));
			if (status.mayMoveTo(SipStatus.PLAN_ACTIVE) && status != SipStatus.FOLLOW_UP_DUE && plan.isComplete()) {
				moves.add(Move.CONFIRM_PLAN);
			}
		}
		if ((status == SipStatus.PLAN_ACTIVE || status == SipStatus.FOLLOW_UP_DUE) && isResponsible(actor)) {
			moves.add(Move.RECORD_FOLLOW_UP);
		}
		if (status.isOpen()) {
			moves.add(Move.WITHDRAW_CONSENT);
			if (isResponsible(actor)) {
				moves.add(Move.CLOSE);
			}
		}
		return moves;
	}

	/**
	 * Who answers for the SIP now: the coordinator, or the starting unit before one is
	 * chosen.
	 */
	public boolean isResponsible(Actor actor) {
		return coordinator != null ? coordinator.is(actor) : startingUnitId.equals(actor.unitId());
	}

	private void requireResponsible(Actor actor, String move) {
		if (!isResponsible(actor)) {
			throw new UserFacingException(
					coordinator != null ? "sip.refused.onlyCoordinator" : "sip.refused.onlyStartingUnit",
					"not responsible for " + move + " on " + id);
		}
	}

	private void move(SipStatus next, String moveName) {
		if (!status.mayMoveTo(next)) {
			throw new IllegalSipTransition(status, moveName);
		}
		status = next;
	}

	private void requireOpen(String move) {
		if (!status.isOpen()) {
			throw new IllegalSipTransition(status, move);
		}
	}

	private void requireConsent(String move) {
		if (!status.hasConsent() || consent == null) {
			throw new IllegalSipTransition(status, move);
		}
	}

	private void requireVersion(long seenVersion) {
		// an aggregate not yet stored is at version 0, as it will be once inserted
		if (version() != seenVersion) {
			throw new ConcurrentEditException("sip " + id + " changed since version " + seenVersion);
		}
	}

	private Consent consent() {
		if (consent == null) {
			throw new IllegalSipTransition(status, "consent");
		}
		return consent;
	}

	// --- reading
	// ---------------------------------------------------------------------------

	public UUID id() {
		return id;
	}

	public UUID individualId() {
		return individualId;
	}

	public UUID startingUnitId() {
		return startingUnitId;
	}

	public Instant startedAt() {
		return startedAt;
	}

	public Assessment assessment() {
		return assessment;
	}

	public SipStatus status() {
		return status;
	}

	public Optional<Consent> consentGiven() {
		return Optional.ofNullable(consent);
	}

	public Optional<Preparation> preparation() {
		return Optional.ofNullable(preparation);
	}

	public List<Participant> participants() {
		return participants.all();
	}

	/**
	 * What the person and their guardians or representative wrote themselves, one note
	 * per writer.
	 */
	public List<OwnPreparation> ownPreparations() {
		return ownPreparations.all();
	}

	/** Units that see the SIP: the starting unit and every participating unit. */
	public boolean involvesUnit(UUID unitId) {
		return startingUnitId.equals(unitId) || participants.hasUnit(unitId);
	}

	public PlanContent plan() {
		return plan;
	}

	public Optional<Coordinator> coordinator() {
		return Optional.ofNullable(coordinator);
	}

	public Optional<LocalDate> nextFollowUp() {
		return Optional.ofNullable(nextFollowUp);
	}

	public int planVersion() {
		return planVersion;
	}

	public Optional<ClosingReason> closingReason() {
		return Optional.ofNullable(closingReason);
	}

	public Optional<String> closingText() {
		return Optional.ofNullable(closingText);
	}

	public long version() {
		return version == null ? 0 : version;
	}

	/** The version made by the last confirmation in this unit of work, if any. */
	public Optional<PlanVersion> justConfirmed() {
		return Optional.ofNullable(confirmed);
	}

	/** Events registered and not yet published; for tests in this package. */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	/** The participants, as one value so that it can be stored as one document. */
	public record ParticipantList(List<Participant> all) {

		public ParticipantList {
			all = List.copyOf(all);
		}

		static ParticipantList of(List<Participant> participants) {
			return new ParticipantList(participants);
		}

		boolean hasUnit(@Nullable UUID unitId) {
			return unitId != null && all.stream().anyMatch(p -> unitId.equals(p.unitId()));
		}

		Optional<Participant> find(UUID participantId) {
			return all.stream().filter(p -> p.id().equals(participantId)).findFirst();
		}

		ParticipantList with(Participant participant) {
			var list = new ArrayList<>(all);
			list.add(participant);
			return new ParticipantList(list);
		}

		ParticipantList without(UUID participantId) {
			return new ParticipantList(all.stream().filter(p -> !p.id().equals(participantId)).toList());
		}

	}

}
