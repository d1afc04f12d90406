package se.samordna.sip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.OptBoolean;
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

	/** The longest comment the person may write on the plan, in characters. */
	public static final int COMMENT = 2000;

	/** The longest words about why the SIP is closed. */
	public static final int CLOSING_TEXT = 1000;

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
	 * until a coordinator is chosen. A person has one open SIP: a second is started only
	 * when the user has seen the open one(s) and says to start anyway.
	 * @param others the person's open SIPs the starting unit takes part in
	 * @param startAnyway the user has seen them and starts a second one all the same
	 * @throws FieldRefusal without a reason, or beside an open SIP without
	 * {@code startAnyway}
	 */
	public static Sip start(UUID individualId, Assessment assessment, AgeBand ageBand, Actor startedBy, Instant now,
			OtherOpenSips others, boolean startAnyway) {
		var refusals = new Refusals().required("reason", assessment.reason(), "sip.assessment.reason")
			.atMost("reason", assessment.reason(), Assessment.REASON);
		if (others.any() && !startAnyway) {
			refusals.add("startAnyway", "sip.start.otherOpen");
		}
		refusals.throwIfAny();
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
	 * A consent given can be withdrawn at any time: the SIP closes and everyone involved
	 * is told. Before consent there is nothing to withdraw (the SIP may then be closed
	 * because the person said no).
	 * @throws IllegalSipTransition before consent or when closed
	 */
	public void withdrawConsent(Actor recordedBy, Instant now) {
		requireConsent("withdrawConsent");
		closeWith(ClosingReason.CONSENT_WITHDRAWN, null, recordedBy.unitId(), now);
	}

	/**
	 * The person (or whoever gave the consent for them) withdraws it on their own pages:
	 * the SIP closes and every unit involved is told, exactly as when staff record it.
	 * @throws IllegalSipTransition before consent or when closed
	 */
	public void withdrawConsentOnOwnPages(Instant now) {
		requireConsent("withdrawConsent");
		closeWith(ClosingReason.CONSENT_WITHDRAWN, null, null, now);
	}

	// --- preparation and participants
	// -----------------------------------------------------

	/**
	 * The person's own preparation, from their pages: any time while the SIP is open and
	 * has consent. It does not move the SIP; the staff prepare with the person.
	 * @throws FieldRefusal when nothing is written about what matters, or a text is too
	 * long ({@link OwnPreparation#TEXT})
	 */
	public void prepareOwn(OwnPreparation note) {
		requireConsent("prepareOwn");
		requireOpen("prepareOwn");
		var refusals = new Refusals();
		note.check(refusals);
		refusals.throwIfAny();
		ownPreparations = ownPreparations.with(note);
	}

	/**
	 * Whether the person may comment now: on the draft before the first plan is
	 * confirmed, on one of their goals once there is a plan.
	 * @param goal the goal's words as the plan has them; null for the draft as a whole
	 * @return the plan version the comment belongs to (0 for the first draft)
	 * @throws FieldRefusal when there is nothing to comment on, or the text is empty or
	 * longer than {@link #COMMENT} characters
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
		new Refusals().required("text", text, "sip.comment.text").atMost("text", text, COMMENT).throwIfAny();
		return planVersion;
	}

	/**
	 * Step 3, with the individual. May be redone before a follow-up, when needs are
	 * reassessed.
	 * @throws FieldRefusal (or several) when nothing is written about what matters, or an
	 * answer is too long
	 */
	public void prepare(Preparation preparation) {
		requireConsent("prepare");
		var refusals = new Refusals();
		preparation.check(refusals);
		refusals.throwIfAny();
		if (status == SipStatus.CONSENTED) {
			move(SipStatus.PREPARING, "prepare");
		}
		this.preparation = preparation;
	}

	/**
	 * Adds a unit, guardian, relative or representative. A unit must work with
	 * individuals and belong to an organisation the consent lets share information.
	 * @param unit what the SIP needs to know of the participant's unit; null for persons
	 */
	public Participant addParticipant(Participant participant, @Nullable JoiningUnit unit, Instant now) {
		requireConsent("addParticipant");
		if (participant.kind() == Participant.Kind.UNIT) {
			if (unit == null) {
				throw new FieldRefusal("unitId", "sip.participant.unknown", "no such unit for " + id);
			}
			if (!unit.worksWithIndividuals()) {
				throw new FieldRefusal("unitId", "sip.participant.givesNoCare", "unit gives no care, sip " + id);
			}
			if (!consent().allowsSharingWith(unit.organisationId())) {
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
		var refusals = new Refusals();
		for (int i = 0; i < draft.actions().size(); i++) {
			if (!participants.hasUnit(draft.actions().get(i).responsibleUnitId())) {
				refusals.add("actions[" + i + "].responsibleUnitId", "sip.plan.responsibleNotParticipant");
			}
		}
		refusals.throwIfAny();
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
	 * active. The meeting was held outside Samordna, so the one confirming says who took
	 * part: only they are named as planners.
	 * @param tookPart the ids of the participants who planned together; others are not
	 * named
	 * @throws FieldRefusal when the plan lacks needs, goals or actions, the coordinator
	 * may not coordinate ({@link #mayCoordinate}), or the follow-up date is not in the
	 * future
	 */
	public PlanVersion confirmPlan(CoordinatorCandidate coordinator, LocalDate followUp, Set<UUID> tookPart,
			Actor confirmedBy, LocalDate today, Instant now) {
		return confirm(coordinator, followUp,
				participants.all().stream().filter(participant -> tookPart.contains(participant.id())).toList(),
				confirmedBy, today, now);
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

	/**
	 * Step 7, by the coordinator. The decision says what happens next. Every goal and
	 * every action of the plan followed up gets an outcome (none is assumed), so the
	 * effect measure counts only what was judged.
	 * @param others the person's other open SIPs the unit takes part in, for closing as a
	 * duplicate
	 * @throws FieldRefusal (or several, all at once) for a goal or action without an
	 * outcome ({@code goalOutcomes[0]}, {@code actionOutcomes[1]}), no next date when
	 * continuing, or no reason the follow-up may close with
	 */
	public void recordFollowUp(FollowUp followUp, Actor by, LocalDate today, Instant now, OtherOpenSips others) {
		if (status != SipStatus.PLAN_ACTIVE && status != SipStatus.FOLLOW_UP_DUE) {
			throw new IllegalSipTransition(status, "recordFollowUp");
		}
		requireResponsible(by, "recordFollowUp");
		if (followUp.goalOutcomes().keySet().stream().anyMatch(goal -> goal < 0 || goal >= plan.goals().size())
				|| followUp.actionOutcomes()
					.keySet()
					.stream()
					.anyMatch(action -> plan.actions().stream().noneMatch(a -> a.id().equals(action)))) {
			throw new UserFacingException("sip.followUp.notInPlan", "outcome for something not in the plan of " + id);
		}
		if (followUp.decision() == null) {
			throw new FieldRefusal("decision", "sip.followUp.decision", "follow-up without a decision");
		}
		var refusals = new Refusals();
		for (int i = 0; i < plan.goals().size(); i++) {
			if (!followUp.goalOutcomes().containsKey(i)) {
				refusals.add("goalOutcomes[" + i + "]", "sip.followUp.goalOutcome");
			}
		}
		for (int i = 0; i < plan.actions().size(); i++) {
			if (!followUp.actionOutcomes().containsKey(plan.actions().get(i).id())) {
				refusals.add("actionOutcomes[" + i + "]", "sip.followUp.actionOutcome");
			}
		}
		refusals.atMost("helped", followUp.helped(), FollowUp.TEXT)
			.atMost("hindered", followUp.hindered(), FollowUp.TEXT);
		if (followUp.decision() != FollowUp.Decision.CLOSE) {
			refusals.atMost("closingText", followUp.closingText(), CLOSING_TEXT);
		}
		switch (followUp.decision()) {
			case CONTINUE -> {
				if (followUp.nextFollowUp() == null || !followUp.nextFollowUp().isAfter(today)) {
					refusals.add("nextFollowUp", "sip.plan.followUpInFuture");
				}
			}
			case CLOSE -> checkClosing(followUp.closingReason(), followUp.closingText(), others, "closingReason",
					"closingText", refusals);
			case REVISE_PLAN, NEW_PLAN -> {
			}
		}
		refusals.throwIfAny();
		LocalDate due = nextFollowUp;
		switch (followUp.decision()) {
			case CONTINUE -> {
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
			}
		}
		registerEvent(new FollowUpRecorded(id, due,
				followUp.decision() == FollowUp.Decision.CONTINUE ? nextFollowUp : null, followUp.decision(),
				followUp.goalsWith(FollowUp.GoalOutcome.MET), followUp.goalsWith(FollowUp.GoalOutcome.PARTLY_MET),
				followUp.goalsWith(FollowUp.GoalOutcome.NOT_MET), now));
		if (followUp.decision() == FollowUp.Decision.CLOSE) {
			closeWith(Objects.requireNonNull(followUp.closingReason()), followUp.closingText(), by.unitId(), now);
		}
	}

	/**
	 * Avslut, with the individual: only the coordinator (or the starting unit before
	 * there is one), with one of the {@link #closingReasons}.
	 * @param others the person's other open SIPs the unit takes part in, for closing as a
	 * duplicate
	 * @throws FieldRefusal without a reason or with one not open now, "other" without
	 * words, or words too long
	 */
	public void close(@Nullable ClosingReason reason, @Nullable String text, Actor by, Instant now,
			OtherOpenSips others) {
		requireOpen("close");
		requireResponsible(by, "close");
		var refusals = new Refusals();
		checkClosing(reason, text, others, "reason", "text", refusals);
		refusals.throwIfAny();
		closeWith(Objects.requireNonNull(reason), text, by.unitId(), now);
	}

	/**
	 * The reasons this SIP may be closed for now, for the close and follow-up forms to
	 * list: "the person said no" only before consent, a duplicate only beside another
	 * open SIP of the person, never "consent withdrawn" (that is its own move). None once
	 * closed.
	 * @param others the person's other open SIPs the unit takes part in
	 */
	public List<ClosingReason> closingReasons(OtherOpenSips others) {
		if (!status.isOpen()) {
			return List.of();
		}
		List<ClosingReason> reasons = new ArrayList<>();
		if (consent == null) {
			reasons.add(ClosingReason.CONSENT_DECLINED);
		}
		for (ClosingReason reason : ClosingReason.values()) {
			switch (reason) {
				case CONSENT_DECLINED, CONSENT_WITHDRAWN -> {
				}
				case DUPLICATE -> {
					if (others.besides(id)) {
						reasons.add(reason);
					}
				}
				default -> reasons.add(reason);
			}
		}
		return reasons;
	}

	private void checkClosing(@Nullable ClosingReason reason, @Nullable String text, OtherOpenSips others,
			String reasonField, String textField, Refusals refusals) {
		if (reason == null) {
			refusals.add(reasonField, "sip.close.reason");
		}
		else if (!closingReasons(others).contains(reason)) {
			refusals.add(reasonField, switch (reason) {
				case CONSENT_DECLINED -> "sip.close.declinedAfterConsent";
				case CONSENT_WITHDRAWN -> "sip.close.withdrawnIsItsOwnMove";
				case DUPLICATE -> "sip.close.noOtherSip";
				default -> "sip.close.reason";
			});
		}
		else if (reason == ClosingReason.OTHER) {
			refusals.required(textField, text, "sip.close.otherText");
		}
		refusals.atMost(textField, text, CLOSING_TEXT);
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
	 * the rest, and a form page of a move not open answers with why
	 * ({@link #requireAllowed}). A closed SIP opens none: it can only be read.
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
		if (status.hasConsent()) {
			moves.add(Move.WITHDRAW_CONSENT);
		}
		if (status.isOpen() && isResponsible(actor)) {
			moves.add(Move.CLOSE);
		}
		return moves;
	}

	/**
	 * For a form page: refuses when its move is not among the {@link #allowedMoves} of
	 * this actor now.
	 * @throws MoveNotOpen saying why, in the case page's words
	 */
	public void requireAllowed(Move move, Actor actor) {
		if (!allowedMoves(actor).contains(move)) {
			throw new MoveNotOpen(id, status, move);
		}
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

	/**
	 * The participants, as one value so that it can be stored as one document (jsonb,
	 * {@code sip.participants}): the names are the stored names ({@code all} is what the
	 * database's "this unit takes part" probe looks in), {@code format} the shape ("1",
	 * also when absent).
	 */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "format",
			requireTypeIdForSubtypes = OptBoolean.FALSE)
	@JsonTypeName("1")
	public record ParticipantList(@JsonProperty("all") List<Participant> all) {

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
