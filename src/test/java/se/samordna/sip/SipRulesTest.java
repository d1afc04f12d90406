package se.samordna.sip;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.samordna.platform.FieldRefusal;
import se.samordna.platform.FieldRefusals;
import se.samordna.platform.UserFacingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SipRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	static final UUID KOMMUN = UUID.randomUUID();

	static final UUID REGION = UUID.randomUUID();

	/** anna, socialtjänst barn och unga (kommun) */
	static final Actor ANNA = new Actor(UUID.randomUUID(), UUID.randomUUID());

	/** erik, vårdcentral (region) */
	static final Actor ERIK = new Actor(UUID.randomUUID(), UUID.randomUUID());

	static final Assessment ASSESSMENT = new Assessment(Assessment.NoticedBy.SKOLA, Assessment.LegalTrack.SOL_HSL,
			Assessment.SipLevel.SIP, "Skolfrånvaro och oro; kontakter med BUP, elevhälsa och socialtjänst.");

	static Consent ownConsent(int age) {
		return Consent.given(new ConsentCircumstances(age, 2, false), ConsentGiver.INDIVIDUAL, List.of(),
				ConsentMethod.WRITTEN, TODAY, TODAY, ANNA.staffId(), Set.of(KOMMUN, REGION), null, "Inget om pappa");
	}

	static Sip started() {
		return Sip.start(UUID.randomUUID(), ASSESSMENT, AgeBand.ADULT, ANNA, NOW, OtherOpenSips.NONE, false);
	}

	static Sip consented() {
		Sip sip = started();
		sip.recordConsent(ownConsent(16), NOW);
		return sip;
	}

	static PlanContent completePlan() {
		UUID first = UUID.randomUUID();
		return new PlanContent(List.of("Stöd för att komma tillbaka till skolan"),
				List.of(new PlanContent.Goal("Jag vill gå i skolan varje dag", PlanContent.Goal.Term.LONG,
						List.of("Tre dagar i veckan före jul"), "Elevhälsan")),
				List.of(new PlanContent.Action(first, "Samtal varannan vecka", ERIK.unitId(), TODAY, null,
						PlanContent.Action.Timing.INDEPENDENT, null),
						new PlanContent.Action(UUID.randomUUID(), "Anpassad skolgång", ANNA.unitId(), TODAY, null,
								PlanContent.Action.Timing.AFTER, first)),
				List.of());
	}

	/**
	 * A consented SIP with erik's unit taking part and a complete draft, as stored once.
	 */
	static Sip readyToConfirm() {
		Sip sip = consented();
		sip.addParticipant(Participant.unit(ERIK.unitId(), "Vårdcentral"), new JoiningUnit(REGION, true), NOW);
		sip.editPlan(completePlan(), 0);
		return sip;
	}

	static CoordinatorCandidate candidate(Actor staff, boolean active, boolean ofPrincipal) {
		return new CoordinatorCandidate(staff.staffId(), staff.unitId(), active, ofPrincipal);
	}

	static PlanVersion confirm(Sip sip, Actor by) {
		return sip.confirmPlan(candidate(ERIK, true, true), TODAY.plusMonths(2), everyone(sip), by, TODAY, NOW);
	}

	@Nested
	class StateMachine {

		@Test
		void theTableMatchesTheDesign() {
			assertThat(SipStatus.ASSESSED.successors()).containsExactlyInAnyOrder(SipStatus.CONSENTED,
					SipStatus.CLOSED);
			assertThat(SipStatus.PLAN_ACTIVE.successors()).contains(SipStatus.FOLLOW_UP_DUE);
			assertThat(SipStatus.FOLLOW_UP_DUE.successors()).contains(SipStatus.PLAN_ACTIVE);
			assertThat(SipStatus.CLOSED.successors()).isEmpty();
		}

		@Test
		void aNewSipIsAssessedAndOwnedByTheStartingUnit() {
			Sip sip = started();
			assertThat(sip.status()).isEqualTo(SipStatus.ASSESSED);
			assertThat(sip.involvesUnit(ANNA.unitId())).isTrue();
			assertThat(sip.isResponsible(ANNA)).isTrue();
			assertThat(sip.pendingEvents()).hasOnlyElementsOfType(SipEvents.SipStarted.class);
		}

		@Test
		void aSipNeedsAReason() {
			assertThatThrownBy(() -> Sip.start(UUID.randomUUID(),
					new Assessment(Assessment.NoticedBy.SKOLA, Assessment.LegalTrack.SOL_HSL, Assessment.SipLevel.SIP,
							" "),
					AgeBand.ADULT, ANNA, NOW, OtherOpenSips.NONE, false))
				.isInstanceOf(FieldRefusal.class);
		}

	}

	@Nested
	class PlanGiven {

		@Test
		void eachConfirmedVersionIsGivenOnceAndOnlyAVersionThatExists() {
			Sip sip = readyToConfirm();
			confirm(sip, ANNA);
			sip.recordPlanGiven(1, PlanDelivery.AT_MEETING, false, NOW);
			assertThat(sip.pendingEvents()).filteredOn(SipEvents.PlanGiven.class::isInstance)
				.singleElement()
				.isEqualTo(new SipEvents.PlanGiven(sip.id(), 1, PlanDelivery.AT_MEETING, NOW));
			assertThatThrownBy(() -> sip.recordPlanGiven(1, PlanDelivery.AFTERWARDS, true, NOW)).isInstanceOfSatisfying(
					UserFacingException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("sip.planGiven.already"));
			assertThatThrownBy(() -> sip.recordPlanGiven(2, PlanDelivery.AFTERWARDS, false, NOW))
				.isInstanceOf(IllegalArgumentException.class);
		}

	}

	@Nested
	class BeforeConsent {

		@Test
		void noParticipantCanBeAddedBeforeConsent() {
			assertThatThrownBy(() -> started().addParticipant(Participant.unit(ERIK.unitId(), "VC"),
					new JoiningUnit(REGION, true), NOW))
				.isInstanceOf(IllegalSipTransition.class)
				.hasFieldOrPropertyWithValue("move", "addParticipant");
		}

		@Test
		void noPlanCanBeWrittenOrConfirmedBeforeConsent() {
			Sip sip = started();
			assertThatThrownBy(() -> sip.editPlan(completePlan(), 0)).isInstanceOf(IllegalSipTransition.class);
			assertThatThrownBy(() -> confirm(sip, ANNA)).isInstanceOf(IllegalSipTransition.class);
			assertThatThrownBy(() -> sip
				.prepare(new Preparation("Att få vara med", null, null, null, null, Set.of(), null, null, null, null)))
				.isInstanceOf(IllegalSipTransition.class);
		}

		@Test
		void aSipWithoutConsentMayEndBecauseThePersonSaidNoButNotAfterConsent() {
			Sip declined = started();
			declined.close(ClosingReason.CONSENT_DECLINED, null, ANNA, NOW, OtherOpenSips.NONE);
			assertThat(declined.status()).isEqualTo(SipStatus.CLOSED);
			Sip sip = consented();
			assertThatThrownBy(() -> sip.close(ClosingReason.CONSENT_DECLINED, null, ANNA, NOW, OtherOpenSips.NONE))
				.isInstanceOfSatisfying(FieldRefusal.class,
						refusal -> assertThat(refusal.messageKey()).isEqualTo("sip.close.declinedAfterConsent"));
			assertThat(sip.status()).isEqualTo(SipStatus.CONSENTED);
		}

		@Test
		void consentIsRecordedOnce() {
			Sip sip = consented();
			assertThat(sip.status()).isEqualTo(SipStatus.CONSENTED);
			assertThatThrownBy(() -> sip.recordConsent(ownConsent(16), NOW)).isInstanceOf(IllegalSipTransition.class);
		}

	}

	@Nested
	class ConsentRules {

		ConsentCircumstances child(int age, int guardians) {
			return new ConsentCircumstances(age, guardians, false);
		}

		@Test
		void aChildUnder15NeedsTheGuardiansConsent() {
			assertThatThrownBy(() -> Consent.given(child(11, 2), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.ORAL,
					TODAY, TODAY, ANNA.staffId(), Set.of(KOMMUN), "vill", null))
				.isInstanceOf(FieldRefusal.class)
				.hasFieldOrPropertyWithValue("messageKey", "sip.consent.childNeedsGuardians");
		}

		@Test
		void withTwoGuardiansBothMustConsent() {
			assertThatThrownBy(() -> Consent.given(child(11, 2), ConsentGiver.GUARDIANS, List.of("Maria Lindqvist"),
					ConsentMethod.WRITTEN, TODAY, TODAY, ANNA.staffId(), Set.of(KOMMUN), "Elsa vill ha hjälp", null))
				.isInstanceOf(FieldRefusal.class)
				.hasFieldOrPropertyWithValue("messageKey", "sip.consent.bothGuardians");
			Consent both = Consent.given(child(11, 2), ConsentGiver.GUARDIANS,
					List.of("Maria Lindqvist", "Johan Lindqvist"), ConsentMethod.WRITTEN, TODAY, TODAY, ANNA.staffId(),
					Set.of(KOMMUN), "Elsa vill ha hjälp med läxorna", null);
			assertThat(both.consentingPersons()).hasSize(2);
		}

		@Test
		void theChildsOwnViewIsRecorded() {
			assertThatThrownBy(() -> Consent.given(child(11, 1), ConsentGiver.GUARDIANS, List.of("Maria Lindqvist"),
					ConsentMethod.WRITTEN, TODAY, TODAY, ANNA.staffId(), Set.of(KOMMUN), " ", null))
				.isInstanceOf(FieldRefusal.class)
				.hasFieldOrPropertyWithValue("field", "childsView");
		}

		@Test
		void aYoungPersonOf15To17ConsentsThemselves() {
			assertThatThrownBy(() -> Consent.given(child(16, 2), ConsentGiver.GUARDIANS,
					List.of("Maria Lindqvist", "Johan Lindqvist"), ConsentMethod.WRITTEN, TODAY, TODAY, ANNA.staffId(),
					Set.of(KOMMUN), null, null))
				.isInstanceOf(FieldRefusal.class)
				.hasFieldOrPropertyWithValue("messageKey", "sip.consent.youngPersonOwn");
			assertThat(ownConsent(15).giver()).isEqualTo(ConsentGiver.INDIVIDUAL);
		}

		@Test
		void aRepresentativeConsentsOnlyWithAMandate() {
			assertThatThrownBy(() -> Consent.given(new ConsentCircumstances(78, 0, false), ConsentGiver.REPRESENTATIVE,
					List.of("Gudrun Holm"), ConsentMethod.WRITTEN, TODAY, TODAY, ERIK.staffId(), Set.of(REGION), null,
					null))
				.isInstanceOf(FieldRefusal.class)
				.hasFieldOrPropertyWithValue("messageKey", "sip.consent.noRepresentative");
			assertThat(Consent
				.given(new ConsentCircumstances(78, 0, true), ConsentGiver.REPRESENTATIVE, List.of("Gudrun Holm"),
						ConsentMethod.WRITTEN, TODAY, TODAY, ERIK.staffId(), Set.of(REGION), null, null)
				.giver()).isEqualTo(ConsentGiver.REPRESENTATIVE);
		}

		@Test
		void consentNamesTheOrganisationsThatMayShareAndIsNotDatedAhead() {
			assertThatThrownBy(() -> Consent.given(child(40, 0), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.ORAL,
					TODAY, TODAY, ANNA.staffId(), Set.of(), null, null))
				.hasFieldOrPropertyWithValue("field", "sharingOrganisations");
			assertThatThrownBy(() -> Consent.given(child(40, 0), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.ORAL,
					TODAY.plusDays(1), TODAY, ANNA.staffId(), Set.of(KOMMUN), null, null))
				.hasFieldOrPropertyWithValue("field", "givenOn");
		}

		@Test
		void aUnitOutsideTheConsentCannotJoin() {
			Sip sip = started();
			sip.recordConsent(Consent.given(child(16, 2), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.ORAL, TODAY,
					TODAY, ANNA.staffId(), Set.of(KOMMUN), null, null), NOW);
			assertThatThrownBy(
					() -> sip.addParticipant(Participant.unit(ERIK.unitId(), "VC"), new JoiningUnit(REGION, true), NOW))
				.isInstanceOf(FieldRefusal.class)
				.hasFieldOrPropertyWithValue("messageKey", "sip.participant.outsideConsent");
		}

	}

	@Nested
	class Withdrawal {

		@Test
		void withdrawingConsentClosesTheSipAndTellsEveryone() {
			Sip sip = readyToConfirm();
			confirm(sip, ANNA);
			sip.withdrawConsent(ANNA, NOW);
			assertThat(sip.status()).isEqualTo(SipStatus.CLOSED);
			assertThat(sip.closingReason()).contains(ClosingReason.CONSENT_WITHDRAWN);
			assertThat(sip.pendingEvents()).last()
				.isInstanceOfSatisfying(SipEvents.SipClosed.class, closed -> assertThat(closed.involvedUnits())
					.containsExactlyInAnyOrder(ANNA.unitId(), ERIK.unitId()));
		}

		@Test
		void aClosedSipRefusesEveryMove() {
			Sip sip = consented();
			sip.withdrawConsent(ANNA, NOW);
			assertThatThrownBy(() -> sip.withdrawConsent(ANNA, NOW)).isInstanceOf(IllegalSipTransition.class);
			assertThatThrownBy(() -> sip.editPlan(completePlan(), 0)).isInstanceOf(IllegalSipTransition.class);
			assertThatThrownBy(() -> sip.close(ClosingReason.NEED_MET, null, ANNA, NOW, OtherOpenSips.NONE))
				.isInstanceOf(IllegalSipTransition.class);
		}

	}

	@Nested
	class ThePlan {

		@Test
		void confirmingMakesVersionOneAndActivatesThePlan() {
			Sip sip = readyToConfirm();
			PlanVersion version = confirm(sip, ANNA);
			assertThat(version.number()).isEqualTo(1);
			assertThat(version.kind()).isEqualTo(PlanVersionKind.FIRST);
			assertThat(version.content().goals()).hasSize(1);
			assertThat(sip.status()).isEqualTo(SipStatus.PLAN_ACTIVE);
			assertThat(sip.coordinator()).isPresent();
		}

		@Test
		void aPlanWithoutGoalsCannotBeConfirmed() {
			Sip sip = consented();
			sip.addParticipant(Participant.unit(ERIK.unitId(), "VC"), new JoiningUnit(REGION, true), NOW);
			sip.editPlan(new PlanContent(List.of("Behov"), List.of(), completePlan().actions(), List.of()), 0);
			assertThatThrownBy(() -> confirm(sip, ANNA)).hasFieldOrPropertyWithValue("messageKey",
					"sip.plan.incomplete");
		}

		@Test
		void onlyAUnitThatTakesPartCanBeResponsibleForAnAction() {
			Sip sip = consented();
			assertThatThrownBy(() -> sip.editPlan(completePlan(), 0)).isInstanceOf(FieldRefusal.class)
				.hasFieldOrPropertyWithValue("messageKey", "sip.plan.responsibleNotParticipant");
			assertThat(sip.plan()).isEqualTo(PlanContent.EMPTY);
		}

		@Test
		void theCoordinatorIsAnActivePersonOfAParticipatingPrincipalUnit() {
			Sip sip = readyToConfirm();
			assertThatThrownBy(() -> sip.confirmPlan(candidate(ERIK, true, false), TODAY.plusMonths(1), everyone(sip),
					ANNA, TODAY, NOW))
				.hasFieldOrPropertyWithValue("field", "coordinator");
			assertThatThrownBy(() -> sip.confirmPlan(candidate(ERIK, false, true), TODAY.plusMonths(1), everyone(sip),
					ANNA, TODAY, NOW))
				.hasFieldOrPropertyWithValue("field", "coordinator");
			Actor stranger = new Actor(UUID.randomUUID(), UUID.randomUUID());
			assertThatThrownBy(() -> sip.confirmPlan(candidate(stranger, true, true), TODAY.plusMonths(1),
					everyone(sip), ANNA, TODAY, NOW))
				.hasFieldOrPropertyWithValue("field", "coordinator");
			assertThat(sip.mayCoordinate(candidate(ERIK, true, true))).isTrue();
			assertThat(sip.planVersion()).isZero();
		}

		@Test
		void theFollowUpDateLiesAhead() {
			Sip sip = readyToConfirm();
			assertThatThrownBy(
					() -> sip.confirmPlan(candidate(ERIK, true, true), TODAY, everyone(sip), ANNA, TODAY, NOW))
				.hasFieldOrPropertyWithValue("field", "followUp");
		}

		@Test
		void aRevisionAfterFollowUpMakesVersionTwo() {
			Sip sip = readyToConfirm();
			confirm(sip, ANNA);
			sip.recordFollowUp(followUp(sip, FollowUp.Decision.REVISE_PLAN, null), ERIK, TODAY, NOW,
					OtherOpenSips.NONE);
			PlanVersion second = confirm(sip, ERIK);
			assertThat(second.number()).isEqualTo(2);
			assertThat(second.kind()).isEqualTo(PlanVersionKind.REVISION);
		}

		@Test
		void aNewPlanStartsFromAnEmptyDraft() {
			Sip sip = readyToConfirm();
			confirm(sip, ANNA);
			sip.recordFollowUp(followUp(sip, FollowUp.Decision.NEW_PLAN, null), ERIK, TODAY, NOW, OtherOpenSips.NONE);
			assertThat(sip.plan()).isEqualTo(PlanContent.EMPTY);
		}

		@Test
		void aDueFollowUpComesBeforeANewVersion() {
			Sip sip = readyToConfirm();
			confirm(sip, ANNA);
			sip.followUpFallsDue(TODAY.plusMonths(2), NOW);
			assertThat(sip.allowedMoves(ERIK)).contains(Move.RECORD_FOLLOW_UP).doesNotContain(Move.CONFIRM_PLAN);
			assertThatThrownBy(() -> confirm(sip, ERIK)).hasFieldOrPropertyWithValue("messageKey",
					"sip.plan.followUpFirst");
			sip.recordFollowUp(followUp(sip, FollowUp.Decision.REVISE_PLAN, null), ERIK, TODAY.plusMonths(2), NOW,
					OtherOpenSips.NONE);
			assertThat(sip.allowedMoves(ERIK)).contains(Move.CONFIRM_PLAN);
		}

		@Test
		void theFollowUpFallsDueWhenTheClockGetsThere() {
			Sip sip = readyToConfirm();
			confirm(sip, ANNA);
			assertThat(sip.followUpFallsDue(TODAY.plusMonths(2).minusDays(1), NOW)).isFalse();
			assertThat(sip.followUpFallsDue(TODAY.plusMonths(2), NOW)).isTrue();
			assertThat(sip.status()).isEqualTo(SipStatus.FOLLOW_UP_DUE);
		}

	}

	/** A follow-up with an outcome for every goal and action of the SIP's plan. */
	static FollowUp followUp(Sip sip, FollowUp.Decision decision, LocalDate next) {
		Map<Integer, FollowUp.GoalOutcome> goals = new HashMap<>();
		for (int i = 0; i < sip.plan().goals().size(); i++) {
			goals.put(i, FollowUp.GoalOutcome.PARTLY_MET);
		}
		Map<UUID, FollowUp.ActionOutcome> actions = new HashMap<>();
		sip.plan().actions().forEach(action -> actions.put(action.id(), FollowUp.ActionOutcome.DONE));
		return new FollowUp(goals, actions, "Samtalen", "Långa väntetider", false, decision, next,
				decision == FollowUp.Decision.CLOSE ? ClosingReason.NEED_MET : null, null);
	}

	static Set<UUID> everyone(Sip sip) {
		return sip.participants().stream().map(Participant::id).collect(Collectors.toSet());
	}

	@Nested
	class FollowUpAndClosing {

		@Test
		void onlyTheCoordinatorRecordsTheFollowUp() {
			Sip sip = readyToConfirm();
			confirm(sip, ANNA);
			assertThatThrownBy(() -> sip.recordFollowUp(followUp(sip, FollowUp.Decision.CONTINUE, TODAY.plusMonths(3)),
					ANNA, TODAY, NOW, OtherOpenSips.NONE))
				.isInstanceOf(UserFacingException.class)
				.hasFieldOrPropertyWithValue("messageKey", "sip.refused.onlyCoordinator");
			sip.recordFollowUp(followUp(sip, FollowUp.Decision.CONTINUE, TODAY.plusMonths(3)), ERIK, TODAY, NOW,
					OtherOpenSips.NONE);
			assertThat(sip.nextFollowUp()).contains(TODAY.plusMonths(3));
		}

		@Test
		void closingRequiresCoordinator() {
			Sip sip = readyToConfirm();
			confirm(sip, ANNA);
			assertThatThrownBy(() -> sip.close(ClosingReason.NEED_MET, null, ANNA, NOW, OtherOpenSips.NONE))
				.hasFieldOrPropertyWithValue("messageKey", "sip.refused.onlyCoordinator");
			sip.close(ClosingReason.NEED_MET, null, ERIK, NOW, OtherOpenSips.NONE);
			assertThat(sip.status()).isEqualTo(SipStatus.CLOSED);
		}

		@Test
		void beforeACoordinatorTheStartingUnitMayClose() {
			Sip sip = consented();
			assertThatThrownBy(() -> sip.close(ClosingReason.MOVED, null, ERIK, NOW, OtherOpenSips.NONE))
				.hasFieldOrPropertyWithValue("messageKey", "sip.refused.onlyStartingUnit");
			sip.close(ClosingReason.MOVED, null, ANNA, NOW, OtherOpenSips.NONE);
			assertThat(sip.closingReason()).contains(ClosingReason.MOVED);
		}

		@Test
		void closingNeedsAReasonAndOtherNeedsWords() {
			Sip sip = consented();
			assertThatThrownBy(() -> sip.close(null, null, ANNA, NOW, OtherOpenSips.NONE))
				.hasFieldOrPropertyWithValue("field", "reason");
			assertThatThrownBy(() -> sip.close(ClosingReason.OTHER, " ", ANNA, NOW, OtherOpenSips.NONE))
				.hasFieldOrPropertyWithValue("field", "text");
			assertThat(sip.status()).isEqualTo(SipStatus.CONSENTED);
		}

		@Test
		void aFollowUpThatClosesClosesWithItsReason() {
			Sip sip = readyToConfirm();
			confirm(sip, ANNA);
			sip.recordFollowUp(followUp(sip, FollowUp.Decision.CLOSE, null), ERIK, TODAY, NOW, OtherOpenSips.NONE);
			assertThat(sip.status()).isEqualTo(SipStatus.CLOSED);
			assertThat(sip.closingReason()).contains(ClosingReason.NEED_MET);
		}

	}

	@Test
	void eventsCarryIdsAndCodesNeverPersonalData() {
		for (Class<?> event : SipEvents.class.getDeclaredClasses()) {
			assertThat(event.isRecord()).as(event.getSimpleName()).isTrue();
			for (RecordComponent component : event.getRecordComponents()) {
				Class<?> type = component.getType();
				boolean setOfIds = Set.class.isAssignableFrom(type)
						&& component.getGenericType().getTypeName().equals("java.util.Set<java.util.UUID>");
				assertThat(type == UUID.class || type.isEnum() || Temporal.class.isAssignableFrom(type)
						|| type == int.class || setOfIds)
					.as("%s.%s is %s", event.getSimpleName(), component.getName(), component.getGenericType())
					.isTrue();
			}
		}
	}

	@Nested
	class ThePersonsOwnPages {

		static OwnPreparation note(String whatMatters, se.samordna.access.Standing by) {
			return new OwnPreparation.Draft(whatMatters, null, null, null, null, Set.of(), null, null).by(by, NOW);
		}

		@Test
		void ownPreparationNeedsConsentAndWordsAboutWhatMatters() {
			assertThatThrownBy(() -> started().prepareOwn(note("Skolan", se.samordna.access.Standing.SELF)))
				.isInstanceOf(IllegalSipTransition.class);
			Sip sip = consented();
			assertThatThrownBy(() -> sip.prepareOwn(note(" ", se.samordna.access.Standing.SELF)))
				.isInstanceOf(FieldRefusal.class);
			sip.prepareOwn(note("Skolan", se.samordna.access.Standing.SELF));
			sip.prepareOwn(note("Att han sover", se.samordna.access.Standing.GUARDIAN));
			sip.prepareOwn(note("Skolan och kompisar", se.samordna.access.Standing.SELF));
			assertThat(sip.ownPreparations()).extracting(OwnPreparation::whatMatters)
				.containsExactly("Skolan och kompisar", "Att han sover");
			assertThat(sip.status()).as("the person's notes do not move the SIP").isEqualTo(SipStatus.CONSENTED);
		}

		@Test
		void commentsGoToTheDraftBeforeThePlanAndToAGoalAfter() {
			Sip sip = readyToConfirm();
			assertThatThrownBy(() -> sip.acceptComment("Jag vill gå i skolan varje dag", "Bra"))
				.isInstanceOf(UserFacingException.class);
			assertThat(sip.acceptComment(null, "Jag vill börja långsamt")).isZero();
			confirm(sip, ANNA);
			assertThatThrownBy(() -> sip.acceptComment(null, "Om förslaget")).isInstanceOf(UserFacingException.class);
			assertThatThrownBy(() -> sip.acceptComment("Ett mål som inte finns", "Hm"))
				.isInstanceOf(UserFacingException.class);
			assertThatThrownBy(() -> sip.acceptComment("Jag vill gå i skolan varje dag", " "))
				.isInstanceOf(FieldRefusal.class);
			assertThat(sip.acceptComment("Jag vill gå i skolan varje dag", "Tre dagar räcker")).isEqualTo(1);
		}

		@Test
		void withdrawingOnOwnPagesClosesAndTellsEveryUnitWithoutAStaffMember() {
			Sip sip = readyToConfirm();
			sip.withdrawConsentOnOwnPages(NOW);
			assertThat(sip.status()).isEqualTo(SipStatus.CLOSED);
			SipEvents.SipClosed closed = (SipEvents.SipClosed) sip.pendingEvents().get(sip.pendingEvents().size() - 1);
			assertThat(closed.reason()).isEqualTo(ClosingReason.CONSENT_WITHDRAWN);
			assertThat(closed.closedByUnit()).isNull();
			assertThat(closed.involvedUnits()).containsExactlyInAnyOrder(ANNA.unitId(), ERIK.unitId());
			assertThatThrownBy(() -> sip.withdrawConsentOnOwnPages(NOW)).isInstanceOf(IllegalSipTransition.class);
		}

	}

	@Nested
	class ConsentWithdrawal {

		@Test
		void consentCanBeWithdrawnOnlyOnceItWasGiven() {
			Sip sip = started();
			assertThat(sip.allowedMoves(ANNA)).doesNotContain(Move.WITHDRAW_CONSENT);
			assertThatThrownBy(() -> sip.withdrawConsent(ANNA, NOW)).isInstanceOf(IllegalSipTransition.class)
				.hasFieldOrPropertyWithValue("messageKey", "sip.refused.withdrawConsent");
			assertThatThrownBy(() -> sip.withdrawConsentOnOwnPages(NOW)).isInstanceOf(IllegalSipTransition.class);
			assertThat(sip.status()).isEqualTo(SipStatus.ASSESSED);
			assertThat(sip.pendingEvents()).noneMatch(SipEvents.SipClosed.class::isInstance);
			assertThat(consented().allowedMoves(ANNA)).contains(Move.WITHDRAW_CONSENT);
		}

	}

	@Nested
	class AClosedSipIsOnlyRead {

		@Test
		void aClosedSipOffersNoMoveToAnyone() {
			Sip sip = readyToConfirm();
			confirm(sip, ANNA);
			sip.close(ClosingReason.NEED_MET, null, ERIK, NOW, OtherOpenSips.NONE);
			assertThat(sip.allowedMoves(ERIK)).isEmpty();
			assertThat(sip.allowedMoves(ANNA)).isEmpty();
			for (Move move : Move.values()) {
				assertThatThrownBy(() -> sip.requireAllowed(move, ERIK)).isInstanceOf(MoveNotOpen.class)
					.hasFieldOrPropertyWithValue("messageKey", "sip.notOpen.closed");
			}
		}

		@Test
		void aMoveNotOpenYetSaysWhy() {
			assertThatThrownBy(() -> started().requireAllowed(Move.EDIT_PLAN, ANNA)).isInstanceOf(MoveNotOpen.class)
				.hasFieldOrPropertyWithValue("messageKey", "sip.notOpen.EDIT_PLAN");
			Sip sip = consented();
			sip.requireAllowed(Move.EDIT_PLAN, ANNA);
			assertThatThrownBy(() -> sip.requireAllowed(Move.CLOSE, ERIK)).hasFieldOrPropertyWithValue("messageKey",
					"sip.notOpen.CLOSE");
		}

	}

	@Nested
	class ClosingReasons {

		@Test
		void beforeConsentThePersonMayHaveSaidNoAndConsentIsNeverWithdrawnByClosing() {
			assertThat(started().closingReasons(OtherOpenSips.NONE)).startsWith(ClosingReason.CONSENT_DECLINED)
				.doesNotContain(ClosingReason.CONSENT_WITHDRAWN, ClosingReason.DUPLICATE)
				.contains(ClosingReason.NEED_MET, ClosingReason.OTHER);
			Sip sip = consented();
			assertThat(sip.closingReasons(OtherOpenSips.NONE)).doesNotContain(ClosingReason.CONSENT_DECLINED,
					ClosingReason.CONSENT_WITHDRAWN, ClosingReason.DUPLICATE);
			assertThatThrownBy(() -> sip.close(ClosingReason.CONSENT_WITHDRAWN, null, ANNA, NOW, OtherOpenSips.NONE))
				.isInstanceOf(FieldRefusal.class)
				.hasFieldOrPropertyWithValue("field", "reason")
				.hasFieldOrPropertyWithValue("messageKey", "sip.close.withdrawnIsItsOwnMove");
			assertThat(sip.status()).isEqualTo(SipStatus.CONSENTED);
		}

		@Test
		void aDuplicateIsClosedAsSuchOnlyBesideAnotherOpenSipOfThePerson() {
			Sip sip = consented();
			OtherOpenSips onlyItself = new OtherOpenSips(List.of(sip.id()));
			assertThat(sip.closingReasons(onlyItself)).doesNotContain(ClosingReason.DUPLICATE);
			assertThatThrownBy(() -> sip.close(ClosingReason.DUPLICATE, null, ANNA, NOW, onlyItself))
				.hasFieldOrPropertyWithValue("messageKey", "sip.close.noOtherSip");

			OtherOpenSips another = new OtherOpenSips(List.of(sip.id(), UUID.randomUUID()));
			assertThat(sip.closingReasons(another)).contains(ClosingReason.DUPLICATE);
			sip.close(ClosingReason.DUPLICATE, null, ANNA, NOW, another);
			assertThat(sip.pendingEvents()).last()
				.isInstanceOfSatisfying(SipEvents.SipClosed.class,
						closed -> assertThat(closed.reason()).isEqualTo(ClosingReason.DUPLICATE));
			assertThat(sip.closingReasons(another)).isEmpty();
		}

		@Test
		void aFollowUpClosesOnlyWithAReasonTheSipOffers() {
			Sip sip = readyToConfirm();
			confirm(sip, ANNA);
			FollowUp declined = followUp(sip, FollowUp.Decision.CLOSE, null);
			FollowUp withDeclined = new FollowUp(declined.goalOutcomes(), declined.actionOutcomes(), null, null, false,
					FollowUp.Decision.CLOSE, null, ClosingReason.CONSENT_DECLINED, null);
			assertThatThrownBy(() -> sip.recordFollowUp(withDeclined, ERIK, TODAY, NOW, OtherOpenSips.NONE))
				.hasFieldOrPropertyWithValue("field", "closingReason");
			assertThat(sip.status()).isEqualTo(SipStatus.PLAN_ACTIVE);
		}

	}

	@Nested
	class ASecondSip {

		@Test
		void aSecondOpenSipOfThePersonStartsOnlyWhenTheUserSaysSo() {
			OtherOpenSips open = new OtherOpenSips(List.of(UUID.randomUUID()));
			assertThatThrownBy(() -> Sip.start(UUID.randomUUID(), ASSESSMENT, AgeBand.ADULT, ANNA, NOW, open, false))
				.isInstanceOf(FieldRefusal.class)
				.hasFieldOrPropertyWithValue("field", "startAnyway")
				.hasFieldOrPropertyWithValue("messageKey", "sip.start.otherOpen");
			assertThat(Sip.start(UUID.randomUUID(), ASSESSMENT, AgeBand.ADULT, ANNA, NOW, open, true).status())
				.isEqualTo(SipStatus.ASSESSED);
		}

	}

	@Nested
	class TextsHaveAMaximum {

		@Test
		void thePersonsCommentIsAtMost2000Characters() {
			Sip sip = readyToConfirm();
			assertThatThrownBy(() -> sip.acceptComment(null, "x".repeat(Sip.COMMENT + 1)))
				.isInstanceOf(FieldRefusal.class)
				.hasFieldOrPropertyWithValue("field", "text")
				.hasFieldOrPropertyWithValue("messageKey", "sip.tooLong.max2000");
			assertThat(sip.acceptComment(null, "x".repeat(Sip.COMMENT))).isZero();
		}

		@Test
		void thePersonsOwnNotesAreAtMost4000CharactersAnAnswer() {
			Sip sip = consented();
			OwnPreparation tooLong = new OwnPreparation.Draft("Skolan", "x".repeat(OwnPreparation.TEXT + 1), null, null,
					null, Set.of(), null, null)
				.by(se.samordna.access.Standing.SELF, NOW);
			assertThatThrownBy(() -> sip.prepareOwn(tooLong)).hasFieldOrPropertyWithValue("field", "questions")
				.hasFieldOrPropertyWithValue("messageKey", "sip.tooLong.max4000");
			assertThat(sip.ownPreparations()).isEmpty();
		}

		@Test
		void theStaffsPreparationNamesEveryAnswerTooLongAtOnce() {
			Sip sip = consented();
			Preparation preparation = new Preparation(" ", "x".repeat(1001), null, null, null, Set.of(),
					"x".repeat(101), null, null, null);
			assertThatThrownBy(() -> sip.prepare(preparation)).isInstanceOfSatisfying(FieldRefusals.class,
					refused -> assertThat(refused.refusals()).extracting(FieldRefusal::field)
						.containsExactly("whatMatters", "purpose", "interpreterLanguage"));
			assertThat(sip.preparation()).isEmpty();
		}

	}

	@Nested
	class WhoTakesPart {

		@Test
		void aUnitThatGivesNoCareCannotTakePart() {
			Sip sip = consented();
			assertThatThrownBy(() -> sip.addParticipant(Participant.unit(UUID.randomUUID(), "Statistik"),
					new JoiningUnit(REGION, false), NOW))
				.isInstanceOf(FieldRefusal.class)
				.hasFieldOrPropertyWithValue("messageKey", "sip.participant.givesNoCare");
			assertThat(sip.participants()).hasSize(1);
		}

		@Test
		void aGuardianTakesPartAsAGuardian() {
			Sip sip = consented();
			Participant guardian = sip
				.addParticipant(Participant.person(Participant.Kind.GUARDIAN, "Maria Lindqvist", ""), null, NOW);
			assertThat(sip.participants()).extracting(Participant::kind).contains(Participant.Kind.GUARDIAN);
			assertThat(guardian.kind().isPerson()).isTrue();
		}

		@Test
		void aVersionConfirmedOutsideAMeetingNamesOnlyThoseWhoTookPart() {
			Sip sip = readyToConfirm();
			Participant vardcentral = sip.participants()
				.stream()
				.filter(p -> ERIK.unitId().equals(p.unitId()))
				.findFirst()
				.orElseThrow();
			PlanVersion version = sip.confirmPlan(candidate(ERIK, true, true), TODAY.plusMonths(2),
					Set.of(vardcentral.id(), UUID.randomUUID()), ANNA, TODAY, NOW);
			assertThat(version.participants()).containsExactly(vardcentral);
		}

	}

	@Nested
	class FollowUpOutcomes {

		@Test
		void everyGoalAndEveryActionOfThePlanGetsAnOutcomeNoneIsAssumed() {
			Sip sip = readyToConfirm();
			confirm(sip, ANNA);
			FollowUp nothingJudged = new FollowUp(Map.of(), Map.of(), null, null, false, FollowUp.Decision.CONTINUE,
					TODAY, null, null);
			assertThatThrownBy(() -> sip.recordFollowUp(nothingJudged, ERIK, TODAY, NOW, OtherOpenSips.NONE))
				.isInstanceOfSatisfying(FieldRefusals.class,
						refused -> assertThat(refused.refusals()).extracting(FieldRefusal::field)
							.containsExactly("goalOutcomes[0]", "actionOutcomes[0]", "actionOutcomes[1]",
									"nextFollowUp"));
			assertThat(sip.pendingEvents()).noneMatch(SipEvents.FollowUpRecorded.class::isInstance);
		}

		@Test
		void anOutcomeForSomethingNotInThePlanIsRefused() {
			Sip sip = readyToConfirm();
			confirm(sip, ANNA);
			FollowUp full = followUp(sip, FollowUp.Decision.REVISE_PLAN, null);
			Map<Integer, FollowUp.GoalOutcome> extraGoal = new HashMap<>(full.goalOutcomes());
			extraGoal.put(7, FollowUp.GoalOutcome.MET);
			FollowUp inflated = new FollowUp(extraGoal, full.actionOutcomes(), null, null, false,
					FollowUp.Decision.REVISE_PLAN, null, null, null);
			assertThatThrownBy(() -> sip.recordFollowUp(inflated, ERIK, TODAY, NOW, OtherOpenSips.NONE))
				.hasFieldOrPropertyWithValue("messageKey", "sip.followUp.notInPlan");
		}

	}

}
