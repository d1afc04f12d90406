package se.samordna.sip;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed from one confirmed plan version to a later one, so that nobody's plan
 * changes behind their back: needs and goals are matched by their words, actions by their
 * identity.
 *
 * @param newGoals the words of goals that are new (or newly worded)
 * @param changedGoals the words of goals whose term, sub-goals or follow-up changed
 */
public record PlanChanges(int from, int to, Set<String> newNeeds, List<String> removedNeeds, Set<String> newGoals,
		Set<String> changedGoals, List<PlanContent.Goal> removedGoals, Set<UUID> newActions, Set<UUID> changedActions,
		List<PlanContent.Action> removedActions, boolean coordinatorChanged, boolean followUpChanged) {

	public PlanChanges {
		newNeeds = Set.copyOf(newNeeds);
		removedNeeds = List.copyOf(removedNeeds);
		newGoals = Set.copyOf(newGoals);
		changedGoals = Set.copyOf(changedGoals);
		removedGoals = List.copyOf(removedGoals);
		newActions = Set.copyOf(newActions);
		changedActions = Set.copyOf(changedActions);
		removedActions = List.copyOf(removedActions);
	}

	public static PlanChanges between(PlanVersion before, PlanVersion after) {
		PlanContent a = before.content();
		PlanContent b = after.content();
		Map<String, PlanContent.Goal> goalsBefore = index(a.goals(), PlanContent.Goal::individualsWords);
		Map<String, PlanContent.Goal> goalsAfter = index(b.goals(), PlanContent.Goal::individualsWords);
		Map<UUID, PlanContent.Action> actionsBefore = index(a.actions(), PlanContent.Action::id);
		Map<UUID, PlanContent.Action> actionsAfter = index(b.actions(), PlanContent.Action::id);
		return new PlanChanges(before.number(), after.number(),
				b.needs().stream().filter(need -> !a.needs().contains(need)).collect(Collectors.toSet()),
				a.needs().stream().filter(need -> !b.needs().contains(need)).toList(),
				Set.copyOf(difference(goalsAfter, goalsBefore)),
				goalsAfter.keySet()
					.stream()
					.filter(words -> goalsBefore.containsKey(words)
							&& !goalsBefore.get(words).equals(goalsAfter.get(words)))
					.collect(Collectors.toSet()),
				difference(goalsBefore, goalsAfter).stream().map(goalsBefore::get).toList(),
				Set.copyOf(difference(actionsAfter, actionsBefore)),
				actionsAfter.keySet()
					.stream()
					.filter(id -> actionsBefore.containsKey(id) && !actionsBefore.get(id).equals(actionsAfter.get(id)))
					.collect(Collectors.toSet()),
				difference(actionsBefore, actionsAfter).stream().map(actionsBefore::get).toList(),
				!before.coordinator().equals(after.coordinator()),
				!Objects.equals(before.nextFollowUp(), after.nextFollowUp()));
	}

	public boolean any() {
		return !newNeeds.isEmpty() || !removedNeeds.isEmpty() || !newGoals.isEmpty() || !changedGoals.isEmpty()
				|| !removedGoals.isEmpty() || !newActions.isEmpty() || !changedActions.isEmpty()
				|| !removedActions.isEmpty() || coordinatorChanged || followUpChanged;
	}

	private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
		return values.stream()
			.collect(
					Collectors.toMap(key, Function.identity(), (first, second) -> first, java.util.LinkedHashMap::new));
	}

	private static <K> List<K> difference(Map<K, ?> left, Map<K, ?> right) {
		return left.keySet().stream().filter(key -> !right.containsKey(key)).toList();
	}

}
