package se.samordna.sip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.jspecify.annotations.Nullable;

import se.samordna.platform.FieldRefusal;
import se.samordna.platform.FieldRefusals;
import se.samordna.platform.PhoneNumber;

/**
 * What the plan says, as the county guideline lists it: needs, goals and sub-goals (in
 * the individual's words, each with who follows it up), actions with the responsible
 * unit, their timing and order, and contact persons. Participants, coordinator and
 * follow-up date belong to the SIP and are added to each confirmed version. Short and
 * clear: no assessments, no case notes.
 * <p>
 * A plan can only be built whole: every constructor here checks its rules (words where
 * words are needed, sane lengths, an end no earlier than the start, an order that names
 * another action of the same plan and never goes round in a circle), so a form, an API or
 * a FHIR entry cannot skip them. A stored plan is read back through the same
 * constructors. Refusals name the field as the plan form and the protocol form do
 * ({@code actions[2].end}); {@link #of} names them by their place in the lists given.
 * <p>
 * Stored as jsonb (a draft in {@code sip.plan}, and inside each confirmed version): the
 * names below are the stored names, and {@code format} says which shape a document has
 * ("1"; a document stored before the format was written is read as "1").
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "format",
		requireTypeIdForSubtypes = OptBoolean.FALSE)
@JsonTypeName("1")
public record PlanContent(@JsonProperty("needs") List<String> needs, @JsonProperty("goals") List<Goal> goals,
		@JsonProperty("actions") List<Action> actions, @JsonProperty("contacts") List<Contact> contacts) {

	/** The longest need, goal, sub-goal or action, in characters. */
	public static final int TEXT = 1000;

	/** The longest name: who follows up, a contact person, an organisation. */
	public static final int NAME = 200;

	public static final PlanContent EMPTY = new PlanContent(List.of(), List.of(), List.of(), List.of());

	/**
	 * @throws FieldRefusal or {@link FieldRefusals} with every problem: a blank or too
	 * long need, two actions with one id, an order that names no other action of this
	 * plan, or goes round in a circle
	 */
	public PlanContent {
		needs = List.copyOf(needs);
		goals = List.copyOf(goals);
		actions = List.copyOf(actions);
		contacts = List.copyOf(contacts);
		var refusals = new Refusals();
		for (String need : needs) {
			refusals.required("needs", need, "plan.need.blank").atMost("needs", need, TEXT);
		}
		checkOrder(actions, refusals);
		refusals.throwIfAny();
	}

	/**
	 * Builds a plan from its parts as a form or an API gives them, with every problem at
	 * once, each named by its place in the lists given
	 * ({@code goals[2].individualsWords}, {@code actions[0].relatedActionId}).
	 * @param goals each goal as a way to build it; null for an empty form row, left out
	 * @throws FieldRefusals (or one {@link FieldRefusal}) naming each problem
	 */
	public static PlanContent of(List<String> needs, List<? extends @Nullable Supplier<Goal>> goals,
			List<? extends @Nullable Supplier<Action>> actions, List<? extends @Nullable Supplier<Contact>> contacts) {
		var refusals = new Refusals();
		Built<Goal> builtGoals = build("goals", goals, refusals);
		Built<Action> builtActions = build("actions", actions, refusals);
		Built<Contact> builtContacts = build("contacts", contacts, refusals);
		@Nullable PlanContent plan = null;
		try {
			plan = new PlanContent(needs, builtGoals.parts(), builtActions.parts(), builtContacts.parts());
		}
		catch (FieldRefusal | FieldRefusals refused) {
			// an action refused above is not in the plan, so pointing at it is not a
			// problem of its own
			boolean actionsLeftOut = builtActions.parts().size() < actions.stream().filter(a -> a != null).count();
			for (FieldRefusal refusal : Refusals.each(refused)) {
				if (!(actionsLeftOut && refusal.messageKey().equals("plan.action.relatedMissing"))) {
					refusals.add(builtActions.placed(builtGoals.placed(refusal.field())), refusal.messageKey());
				}
			}
		}
		refusals.throwIfAny();
		return Objects.requireNonNull(plan);
	}

	/** Parts built from a list with gaps, and where each one stood in it. */
	private record Built<T>(String name, List<T> parts, List<Integer> places) {

		/** A field named by a part's index in the plan, renamed by its place. */
		String placed(String field) {
			String prefix = name + "[";
			if (!field.startsWith(prefix)) {
				return field;
			}
			int close = field.indexOf(']');
			int index = Integer.parseInt(field.substring(prefix.length(), close));
			return prefix + places.get(index) + field.substring(close);
		}

	}

	private static <T> Built<T> build(String name, List<? extends @Nullable Supplier<T>> given, Refusals refusals) {
		List<T> parts = new ArrayList<>();
		List<Integer> places = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			Supplier<T> part = given.get(i);
			if (part == null) {
				continue;
			}
			try {
				parts.add(part.get());
				places.add(i);
			}
			catch (FieldRefusal | FieldRefusals refused) {
				refusals.addAll(name + "[" + i + "].", refused);
			}
		}
		return new Built<>(name, parts, places);
	}

	/**
	 * An order names another action of this plan, and following "after" and "at the same
	 * time as" from any action never leads back to it.
	 */
	private static void checkOrder(List<Action> actions, Refusals refusals) {
		Map<UUID, Action> byId = new HashMap<>();
		for (int i = 0; i < actions.size(); i++) {
			if (byId.putIfAbsent(actions.get(i).id(), actions.get(i)) != null) {
				refusals.add("actions[" + i + "].description", "plan.action.sameId");
			}
		}
		for (int i = 0; i < actions.size(); i++) {
			Action action = actions.get(i);
			UUID related = action.relatedActionId();
			if (related == null) {
				continue;
			}
			String field = "actions[" + i + "].relatedActionId";
			if (related.equals(action.id())) {
				refusals.add(field, "plan.action.relatedSelf");
			}
			else if (!byId.containsKey(related)) {
				refusals.add(field, "plan.action.relatedMissing");
			}
			else if (leadsBackTo(action, byId)) {
				refusals.add(field, "plan.action.circle");
			}
		}
	}

	private static boolean leadsBackTo(Action start, Map<UUID, Action> byId) {
		Set<UUID> seen = new HashSet<>();
		Action at = start;
		while (at.relatedActionId() != null && seen.add(at.id())) {
			at = byId.get(at.relatedActionId());
			if (at == null) {
				return false;
			}
			if (at.id().equals(start.id())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A plan can be confirmed when it says what is needed, what the person aims for and
	 * who does what. Not stored: it follows from the rest.
	 */
	@JsonIgnore
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
	 * @throws FieldRefusal or {@link FieldRefusals} for blank words, no one to follow it
	 * up, a blank sub-goal, or a text too long; named as in a goal row
	 * ({@code individualsWords})
	 */
	public record Goal(@JsonProperty("individualsWords") String individualsWords, @JsonProperty("term") Term term,
			@JsonProperty("subGoals") List<String> subGoals, @JsonProperty("followedUpBy") String followedUpBy) {

		public Goal {
			subGoals = List.copyOf(subGoals);
			var refusals = new Refusals();
			refusals.required("individualsWords", individualsWords, "plan.goal.words")
				.atMost("individualsWords", individualsWords, TEXT)
				.required("followedUpBy", followedUpBy, "plan.goal.followedUpBy")
				.atMost("followedUpBy", followedUpBy, NAME);
			for (String subGoal : subGoals) {
				refusals.required("subGoals", subGoal, "plan.goal.subGoalBlank").atMost("subGoals", subGoal, TEXT);
			}
			if (term == null) {
				refusals.add("term", "plan.goal.term");
			}
			refusals.throwIfAny();
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
	 * @param relatedActionId the action this one must happen together with or after;
	 * required for those timings, and dropped for an independent action
	 * @throws FieldRefusal or {@link FieldRefusals} for no words or no unit, an end
	 * before the start, or a timing without the action it depends on; named as in an
	 * action row ({@code end})
	 */
	public record Action(@JsonProperty("id") UUID id, @JsonProperty("description") String description,
			@JsonProperty("responsibleUnitId") UUID responsibleUnitId, @JsonProperty("start") @Nullable LocalDate start,
			@JsonProperty("end") @Nullable LocalDate end, @JsonProperty("timing") Timing timing,
			@JsonProperty("relatedActionId") @Nullable UUID relatedActionId) {

		public Action {
			if (id == null) {
				throw new IllegalArgumentException("an action has an id");
			}
			var refusals = new Refusals();
			refusals.required("description", description, "plan.action.description")
				.atMost("description", description, TEXT);
			if (responsibleUnitId == null) {
				refusals.add("responsibleUnitId", "plan.action.unit");
			}
			if (start != null && end != null && end.isBefore(start)) {
				refusals.add("end", "plan.action.endBeforeStart");
			}
			if (timing == null) {
				refusals.add("timing", "plan.action.timing");
			}
			else if (timing == Timing.INDEPENDENT) {
				relatedActionId = null;
			}
			else if (relatedActionId == null) {
				refusals.add("relatedActionId", "plan.action.related");
			}
			refusals.throwIfAny();
		}

		public enum Timing {

			INDEPENDENT, SAME_TIME_AS, AFTER

		}

	}

	/**
	 * A contact person.
	 *
	 * @param phone a phone number as {@link PhoneNumber} has it
	 * @throws FieldRefusal or {@link FieldRefusals} for no name, a name too long or a
	 * phone number that is not one; named as in a contact row ({@code phone})
	 */
	public record Contact(@JsonProperty("name") String name, @JsonProperty("organisation") String organisation,
			@JsonProperty("phone") @Nullable String phone) {

		public Contact {
			organisation = organisation == null ? "" : organisation;
			var refusals = new Refusals();
			refusals.required("name", name, "plan.contact.name")
				.atMost("name", name, NAME)
				.atMost("organisation", organisation, NAME);
			if (phone != null && !PhoneNumber.isValid(phone)) {
				refusals.add("phone", "plan.contact.phone");
			}
			refusals.throwIfAny();
		}

	}

}
