package se.samordna.sip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.samordna.platform.FieldRefusal;
import se.samordna.platform.FieldRefusals;
import se.samordna.platform.UserFacingException;
import se.samordna.sip.PlanContent.Action;
import se.samordna.sip.PlanContent.Action.Timing;
import se.samordna.sip.PlanContent.Contact;
import se.samordna.sip.PlanContent.Goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The plan's rules hold in its constructors, so no entry (form, protocol, API, FHIR, a
 * stored document read back) can skip them; every problem is named at once, by the field
 * the forms use.
 */
class PlanContentRulesTest {

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	static final UUID UNIT = UUID.randomUUID();

	static Action action(UUID id, Timing timing, UUID related) {
		return new Action(id, "Samtal", UNIT, DAY, null, timing, related);
	}

	static Action independent(UUID id) {
		return new Action(id, "Samtal", UNIT, DAY, null, Timing.INDEPENDENT, null);
	}

	static Goal goal(String words) {
		return new Goal(words, Goal.Term.LONG, List.of(), "Elevhälsan");
	}

	static PlanContent plan(Action... actions) {
		return new PlanContent(List.of("Stöd i skolan"), List.of(goal("Gå i skolan")), List.of(actions), List.of());
	}

	/** The fields refused, and why, as "field=key". */
	static List<String> refused(Runnable build) {
		UserFacingException refused = catchThrowableOfType(UserFacingException.class, build::run);
		assertThat(refused).as("refused").isNotNull();
		List<String> fields = new ArrayList<>();
		if (refused instanceof FieldRefusals several) {
			several.refusals().forEach(r -> fields.add(r.field() + "=" + r.messageKey()));
		}
		else if (refused instanceof FieldRefusal one) {
			fields.add(one.field() + "=" + one.messageKey());
		}
		return fields;
	}

	@Nested
	class AnAction {

		@Test
		void endsNoEarlierThanItStarts() {
			assertThat(refused(() -> new Action(UUID.randomUUID(), "Samtal", UNIT, DAY, DAY.minusDays(1),
					Timing.INDEPENDENT, null)))
				.containsExactly("end=plan.action.endBeforeStart");
			assertThat(new Action(UUID.randomUUID(), "Samtal", UNIT, DAY, DAY, Timing.INDEPENDENT, null).end())
				.isEqualTo(DAY);
		}

		@Test
		void atTheSameTimeAsOrAfterNeedsTheActionItDependsOn() {
			assertThat(refused(() -> action(UUID.randomUUID(), Timing.AFTER, null)))
				.containsExactly("relatedActionId=plan.action.related");
			assertThat(refused(() -> action(UUID.randomUUID(), Timing.SAME_TIME_AS, null)))
				.containsExactly("relatedActionId=plan.action.related");
		}

		@Test
		void anIndependentActionDependsOnNothing() {
			assertThat(action(UUID.randomUUID(), Timing.INDEPENDENT, UUID.randomUUID()).relatedActionId()).isNull();
		}

		@Test
		void saysWhatIsDoneAndWhoDoesIt() {
			assertThat(refused(() -> new Action(UUID.randomUUID(), " ", null, null, null, Timing.INDEPENDENT, null)))
				.containsExactlyInAnyOrder("description=plan.action.description", "responsibleUnitId=plan.action.unit");
			assertThat(refused(() -> new Action(UUID.randomUUID(), "x".repeat(PlanContent.TEXT + 1), UNIT, null, null,
					Timing.INDEPENDENT, null)))
				.containsExactly("description=sip.tooLong.max1000");
		}

	}

	@Nested
	class TheOrderOfActions {

		@Test
		void anActionIsNeverOrderedAfterItself() {
			UUID id = UUID.randomUUID();
			assertThat(refused(() -> plan(action(id, Timing.AFTER, id))))
				.containsExactly("actions[0].relatedActionId=plan.action.relatedSelf");
			assertThat(refused(() -> plan(action(id, Timing.SAME_TIME_AS, id))))
				.containsExactly("actions[0].relatedActionId=plan.action.relatedSelf");
		}

		@Test
		void theActionItDependsOnIsAnotherOfTheSamePlan() {
			assertThat(refused(() -> plan(independent(UUID.randomUUID()),
					action(UUID.randomUUID(), Timing.AFTER, UUID.randomUUID()))))
				.containsExactly("actions[1].relatedActionId=plan.action.relatedMissing");
		}

		@Test
		void theOrderNeverGoesRoundInACircle() {
			UUID a = UUID.randomUUID();
			UUID b = UUID.randomUUID();
			UUID c = UUID.randomUUID();
			assertThat(refused(() -> plan(action(a, Timing.AFTER, b), action(b, Timing.SAME_TIME_AS, a))))
				.containsExactly("actions[0].relatedActionId=plan.action.circle",
						"actions[1].relatedActionId=plan.action.circle");
			assertThat(refused(() -> plan(action(a, Timing.AFTER, b), action(b, Timing.AFTER, c),
					action(c, Timing.AFTER, a), independent(UUID.randomUUID()))))
				.hasSize(3)
				.allMatch(field -> field.endsWith("plan.action.circle"));
		}

		@Test
		void aChainThatEndsIsFine() {
			UUID a = UUID.randomUUID();
			UUID b = UUID.randomUUID();
			UUID c = UUID.randomUUID();
			assertThat(plan(independent(a), action(b, Timing.AFTER, a), action(c, Timing.SAME_TIME_AS, b)).actions())
				.hasSize(3);
		}

	}

	@Nested
	class GoalsNeedsAndContacts {

		@Test
		void aGoalIsInTheIndividualsWordsWithSomeoneToFollowItUp() {
			assertThat(refused(() -> new Goal(" ", Goal.Term.SHORT, List.of(" "), ""))).containsExactlyInAnyOrder(
					"individualsWords=plan.goal.words", "followedUpBy=plan.goal.followedUpBy",
					"subGoals=plan.goal.subGoalBlank");
		}

		@Test
		void aNeedHasWordsOfSaneLength() {
			assertThat(refused(() -> new PlanContent(List.of(" ", "x".repeat(1001)), List.of(), List.of(), List.of())))
				.containsExactly("needs=plan.need.blank", "needs=sip.tooLong.max1000");
		}

		@Test
		void aContactsPhoneIsAPhoneNumber() {
			assertThat(new Contact("Anna Berglund", "Socialtjänsten", "+46 (0)18-611 00 00").phone()).isNotNull();
			assertThat(refused(() -> new Contact("Anna", "", "abc<script>")))
				.containsExactly("phone=plan.contact.phone");
			assertThat(refused(() -> new Contact("Anna", "", "1 2"))).containsExactly("phone=plan.contact.phone");
			assertThat(refused(() -> new Contact("Anna", "", "1".repeat(21))))
				.containsExactly("phone=plan.contact.phone");
			assertThat(refused(() -> new Contact(" ", "", null))).containsExactly("name=plan.contact.name");
		}

	}

	@Nested
	class BuiltFromForms {

		@Test
		void everyProblemIsNamedByItsPlaceInTheRowsEmptyRowsLeftOut() {
			UUID first = UUID.randomUUID();
			List<Supplier<Goal>> goals = new ArrayList<>();
			goals.add(null);
			goals.add(() -> goal(" "));
			List<Supplier<Action>> actions = new ArrayList<>();
			actions.add(() -> independent(first));
			actions.add(null);
			actions
				.add(() -> new Action(UUID.randomUUID(), "Skolstöd", UNIT, DAY, DAY.minusDays(2), Timing.AFTER, null));
			UUID self = UUID.randomUUID();
			actions.add(() -> action(self, Timing.AFTER, self));
			List<Supplier<Contact>> contacts = List.of(() -> new Contact("Anna", "", "abc<script>"));

			assertThat(refused(() -> PlanContent.of(List.of("Stöd"), goals, actions, contacts)))
				.containsExactlyInAnyOrder("goals[1].individualsWords=plan.goal.words",
						"actions[2].end=plan.action.endBeforeStart", "actions[2].relatedActionId=plan.action.related",
						"actions[3].relatedActionId=plan.action.relatedSelf", "contacts[0].phone=plan.contact.phone");
		}

		@Test
		void pointingAtAnActionThatIsRefusedItselfIsNotAProblemOfItsOwn() {
			UUID broken = UUID.randomUUID();
			List<Supplier<Action>> actions = List.of(
					() -> new Action(broken, " ", UNIT, null, null, Timing.INDEPENDENT, null),
					() -> action(UUID.randomUUID(), Timing.AFTER, broken));
			assertThat(refused(() -> PlanContent.of(List.of(), List.of(), actions, List.of())))
				.containsExactly("actions[0].description=plan.action.description");
		}

		@Test
		void aWholePlanIsBuilt() {
			UUID first = UUID.randomUUID();
			PlanContent plan = PlanContent.of(List.of("Stöd"), List.of(() -> goal("Gå i skolan")),
					List.of(() -> independent(first), () -> action(UUID.randomUUID(), Timing.AFTER, first)), List.of());
			assertThat(plan.isComplete()).isTrue();
			assertThat(PlanContent.of(List.of(), List.of(), List.of(), List.of())).isEqualTo(PlanContent.EMPTY);
		}

	}

}
