package se.samordna.sip.planform;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import se.samordna.sip.PlanContent;

/**
 * Goals and actions as rows of a form that works without JavaScript: empty rows are
 * offered and left out when saved; a half-filled row is explained, not saved.
 */
public final class PlanRows {

	private PlanRows() {
	}

	/** Lines of a text area, stripped, without the empty ones. */
	public static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * What the annotations cannot check: rows that are half filled in, dates in the wrong
	 * order, a timing without the action it depends on. Errors go next to the field, as
	 * {@code goals[i].words} and {@code actions[i].description}.
	 */
	public static void check(List<GoalRow> goals, List<ActionRow> actions, Errors errors) {
		for (int i = 0; i < goals.size(); i++) {
			GoalRow goal = goals.get(i);
			if (!goal.isEmpty() && goal.words.isBlank()) {
				errors.rejectValue("goals[" + i + "].words", "plan.goal.words");
			}
			if (!goal.isEmpty() && goal.followedUpBy.isBlank()) {
				errors.rejectValue("goals[" + i + "].followedUpBy", "plan.goal.followedUpBy");
			}
		}
		for (int i = 0; i < actions.size(); i++) {
			ActionRow action = actions.get(i);
			if (!action.isEmpty() && action.description.isBlank()) {
				errors.rejectValue("actions[" + i + "].description", "plan.action.description");
			}
			if (!action.isEmpty() && action.responsibleUnitId == null) {
				errors.rejectValue("actions[" + i + "].responsibleUnitId", "plan.action.unit");
			}
			if (action.start != null && action.end != null && action.end.isBefore(action.start)) {
				errors.rejectValue("actions[" + i + "].end", "plan.action.endBeforeStart");
			}
			if (action.timing != PlanContent.Action.Timing.INDEPENDENT && action.relatedActionId == null
					&& !action.isEmpty()) {
				errors.rejectValue("actions[" + i + "].relatedActionId", "plan.action.related");
			}
		}
	}

	public static class GoalRow {

		@Size(max = 1000)
		private String words = "";

		private PlanContent.Goal.Term term = PlanContent.Goal.Term.LONG;

		@Size(max = 2000)
		private String subGoals = "";

		@Size(max = 200)
		private String followedUpBy = "";

		public static GoalRow of(PlanContent.Goal goal) {
			var row = new GoalRow();
			row.words = goal.individualsWords();
			row.term = goal.term();
			row.subGoals = String.join("\n", goal.subGoals());
			row.followedUpBy = goal.followedUpBy();
			return row;
		}

		public boolean isEmpty() {
			return words.isBlank() && subGoals.isBlank() && followedUpBy.isBlank();
		}

		public PlanContent.Goal toGoal() {
			return new PlanContent.Goal(words.strip(), term, lines(subGoals), followedUpBy.strip());
		}

		public String getWords() {
			return words;
		}

		public void setWords(String words) {
			this.words = words;
		}

		public PlanContent.Goal.Term getTerm() {
			return term;
		}

		public void setTerm(PlanContent.Goal.Term term) {
			this.term = term;
		}

		public String getSubGoals() {
			return subGoals;
		}

		public void setSubGoals(String subGoals) {
			this.subGoals = subGoals;
		}

		public String getFollowedUpBy() {
			return followedUpBy;
		}

		public void setFollowedUpBy(String followedUpBy) {
			this.followedUpBy = followedUpBy;
		}

	}

	public static class ActionRow {

		private @Nullable UUID id;

		@Size(max = 1000)
		private String description = "";

		private @Nullable UUID responsibleUnitId;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate start;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate end;

		private PlanContent.Action.Timing timing = PlanContent.Action.Timing.INDEPENDENT;

		private @Nullable UUID relatedActionId;

		public static ActionRow of(PlanContent.Action action) {
			var row = new ActionRow();
			row.id = action.id();
			row.description = action.description();
			row.responsibleUnitId = action.responsibleUnitId();
			row.start = action.start();
			row.end = action.end();
			row.timing = action.timing();
			row.relatedActionId = action.relatedActionId();
			return row;
		}

		public boolean isEmpty() {
			return description.isBlank() && responsibleUnitId == null && start == null && end == null;
		}

		public PlanContent.Action toAction() {
			return new PlanContent.Action(id == null ? UUID.randomUUID() : id, description.strip(), responsibleUnitId,
					start, end, timing, timing == PlanContent.Action.Timing.INDEPENDENT ? null : relatedActionId);
		}

		public @Nullable UUID getId() {
			return id;
		}

		public void setId(@Nullable UUID id) {
			this.id = id;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public @Nullable UUID getResponsibleUnitId() {
			return responsibleUnitId;
		}

		public void setResponsibleUnitId(@Nullable UUID responsibleUnitId) {
			this.responsibleUnitId = responsibleUnitId;
		}

		public @Nullable LocalDate getStart() {
			return start;
		}

		public void setStart(@Nullable LocalDate start) {
			this.start = start;
		}

		public @Nullable LocalDate getEnd() {
			return end;
		}

		public void setEnd(@Nullable LocalDate end) {
			this.end = end;
		}

		public PlanContent.Action.Timing getTiming() {
			return timing;
		}

		public void setTiming(PlanContent.Action.Timing timing) {
			this.timing = timing;
		}

		public @Nullable UUID getRelatedActionId() {
			return relatedActionId;
		}

		public void setRelatedActionId(@Nullable UUID relatedActionId) {
			this.relatedActionId = relatedActionId;
		}

	}

}
