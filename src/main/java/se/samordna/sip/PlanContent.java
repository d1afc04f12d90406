package se.samordna.sip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the plan says, as the county guideline lists it: needs, goals and sub-goals (in
 * the individual's words, each with who follows it up), actions with the responsible
 * unit, their timing and order, and contact persons. Participants, coordinator and
 * follow-up date belong to the SIP and are added to each confirmed version. Short and
 * clear: no assessments, no case notes.
 */
public record PlanContent(List<String> needs, List<Goal> goals, List<Action> actions, List<Contact> contacts) {

	public static final PlanContent EMPTY = new PlanContent(List.of(), List.of(), List.of(), List.of());

	public PlanContent {
		needs = List.copyOf(needs);
		goals = List.copyOf(goals);
		actions = List.copyOf(actions);
		contacts = List.copyOf(contacts);
	}

	/**
	 * A plan can be confirmed when it says what is needed, what the person aims for and
	 * who does what.
	 */
	public boolean isComplete() {
		return !needs.isEmpty() && !goals.isEmpty() && !actions.isEmpty();
	}

	/**
	 * What an action is called, for "at the same time as" and "after"; empty text when it
	 * is gone.
	 */
	public String descriptionOf(@Nullable UUID actionId) {
		return actions.stream()
			.filter(action -> action.id().equals(actionId))
			.map(Action::description)
			.findFirst()
			.orElse("");
	}

	/**
	 * @param individualsWords the goal as the individual put it
	 * @param followedUpBy who follows the goal up (a unit or a person, in words)
	 */
	public record Goal(String individualsWords, Term term, List<String> subGoals, String followedUpBy) {

		public Goal {
			subGoals = List.copyOf(subGoals);
		}

		public enum Term {

			LONG, SHORT

		}

	}

	/**
	 * Who does what, and when.
	 *
	 * @param responsibleUnitId the unit that gives the action (kommun, region or other
	 * actor)
	 * @param relatedActionId the action this one must happen together with or after
	 */
	public record Action(UUID id, String description, UUID responsibleUnitId, @Nullable LocalDate start,
			@Nullable LocalDate end, Timing timing, @Nullable UUID relatedActionId) {

		public enum Timing {

			INDEPENDENT, SAME_TIME_AS, AFTER

		}

	}

	public record Contact(String name, String organisation, @Nullable String phone) {
	}

}
