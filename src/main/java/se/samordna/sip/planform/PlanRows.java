package se.samordna.sip.planform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import se.samordna.platform.FieldRefusal;
import se.samordna.platform.FieldRefusals;
import se.samordna.sip.PlanContent;

/**
 * Goals and actions as rows of a form that works without JavaScript: empty rows are
 * offered and left out when saved; a half-filled row is explained, not saved. The rules
 * are the plan's ({@link PlanContent}); the rows only say which of them are empty.
 */
public final class PlanRows {

	private PlanRows() {
	}

	/** Lines of a text area, stripped, without the empty ones. */
	public static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * Asks the plan about the rows and puts each of its refusals next to the field it
	 * names ({@code goals[i].individualsWords}, {@code actions[i].end}), all at once; a
	 * half-filled row is refused like any other, an empty one is left out. When the rows
	 * pass, the empty ones are left out of the lists too, so that every row stands where
	 * the plan will have it and a later refusal by the plan's position (a responsible
	 * unit that does not take part) lands on its row.
	 */
	public static void check(List<GoalRow> goals, List<ActionRow> actions, Errors errors) {
		reject(errors, () -> PlanContent.of(List.of(), parts(goals, GoalRow::isEmpty, GoalRow::toGoal),
				parts(actions, ActionRow::isEmpty, ActionRow::toAction), List.of()));
		if (!errors.hasErrors()) {
			goals.removeIf(GoalRow::isEmpty);
			actions.removeIf(ActionRow::isEmpty);
		}
	}

	/**
	 * The rows as the plan's parts, an empty row as null, for {@link PlanContent#of}.
	 */
	public static <R, T> List<@Nullable Supplier<T>> parts(List<R> rows, Predicate<R> empty, Function<R, T> part) {
		List<@Nullable Supplier<T>> parts = new ArrayList<>();
		rows.forEach(row -> parts.add(empty.test(row) ? null : () -> part.apply(row)));
		return parts;
	}

	/**
	 * Builds what the form describes and puts each refusal next to its field; the plan
	 * names its fields as the forms do.
	 */
	public static void reject(Errors errors, Runnable build) {
		try {
			build.run();
		}
		catch (FieldRefusal refusal) {
			errors.rejectValue(refusal.field(), refusal.messageKey());
		}
		catch (FieldRefusals refusals) {
			refusals.refusals().forEach(refusal -> errors.rejectValue(refusal.field(), refusal.messageKey()));
		}
	}

	public static class GoalRow {

		private String individualsWords = "";

		private PlanContent.Goal.Term term = PlanContent.Goal.Term.LONG;

		private String subGoals = "";

		private String followedUpBy = "";

		public static GoalRow of(PlanContent.Goal goal) {
			var row = new GoalRow();
			row.individualsWords = goal.individualsWords();
			row.term = goal.term();
			row.subGoals = String.join("\n", goal.subGoals());
			row.followedUpBy = goal.followedUpBy();
			return row;
		}

		public boolean isEmpty() {
			return individualsWords.isBlank() && subGoals.isBlank() && followedUpBy.isBlank();
		}

		public PlanContent.Goal toGoal() {
			return new PlanContent.Goal(individualsWords.strip(), term, lines(subGoals), followedUpBy.strip());
		}

		public String getIndividualsWords() {
			return individualsWords;
		}

		public void setIndividualsWords(String individualsWords) {
			this.individualsWords = individualsWords;
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
					start, end, timing, relatedActionId);
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
