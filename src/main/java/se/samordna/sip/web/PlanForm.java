package se.samordna.sip.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import se.samordna.sip.PlanContent;

/**
 * The plan draft as a form: needs one per line, and rows for goals, actions and contacts.
 * Empty rows are left out; a few empty rows are always offered, so it works without JavaScript.
 */
public class PlanForm {

	static final int EMPTY_ROWS = 2;

	@Size(max = 4000)
	private String needs = "";

	private List<@Valid GoalRow> goals = new ArrayList<>();

	private List<@Valid ActionRow> actions = new ArrayList<>();

	private List<@Valid ContactRow> contacts = new ArrayList<>();

	private long version;

	static PlanForm of(PlanContent plan, long version) {
		var form = new PlanForm();
		form.needs = String.join("\n", plan.needs());
		plan.goals().forEach(goal -> form.goals.add(GoalRow.of(goal)));
		plan.actions().forEach(action -> form.actions.add(ActionRow.of(action)));
		plan.contacts().forEach(contact -> form.contacts.add(ContactRow.of(contact)));
		form.version = version;
		return form.withEmptyRows();
	}

	/** Offers empty rows to fill in, after the ones in use. */
	PlanForm withEmptyRows() {
		goals.removeIf(GoalRow::isEmpty);
		actions.removeIf(ActionRow::isEmpty);
		contacts.removeIf(ContactRow::isEmpty);
		for (int i = 0; i < EMPTY_ROWS; i++) {
			goals.add(new GoalRow());
			actions.add(new ActionRow());
			contacts.add(new ContactRow());
		}
		return this;
	}

	/** Checks what the annotations cannot: rows that are half filled in, dates in the wrong order. */
	void check(BindingResult binding) {
		for (int i = 0; i < goals.size(); i++) {
			GoalRow goal = goals.get(i);
			if (!goal.isEmpty() && goal.words.isBlank()) {
				binding.rejectValue("goals[" + i + "].words", "plan.goal.words");
			}
			if (!goal.isEmpty() && goal.followedUpBy.isBlank()) {
				binding.rejectValue("goals[" + i + "].followedUpBy", "plan.goal.followedUpBy");
			}
		}
		for (int i = 0; i < actions.size(); i++) {
			ActionRow action = actions.get(i);
			if (!action.isEmpty() && action.description.isBlank()) {
				binding.rejectValue("actions[" + i + "].description", "plan.action.description");
			}
			if (!action.isEmpty() && action.responsibleUnitId == null) {
				binding.rejectValue("actions[" + i + "].responsibleUnitId", "plan.action.unit");
			}
			if (action.start != null && action.end != null && action.end.isBefore(action.start)) {
				binding.rejectValue("actions[" + i + "].end", "plan.action.endBeforeStart");
			}
			if (action.timing != PlanContent.Action.Timing.INDEPENDENT && action.relatedActionId == null
					&& !action.isEmpty()) {
				binding.rejectValue("actions[" + i + "].relatedActionId", "plan.action.related");
			}
		}
		for (int i = 0; i < contacts.size(); i++) {
			ContactRow contact = contacts.get(i);
			if (!contact.isEmpty() && contact.name.isBlank()) {
				binding.rejectValue("contacts[" + i + "].name", "plan.contact.name");
			}
		}
	}

	PlanContent toContent() {
		List<String> needLines = Arrays.stream(needs.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
			.toList();
		return new PlanContent(needLines, goals.stream().filter(g -> !g.isEmpty()).map(GoalRow::toGoal).toList(),
				actions.stream().filter(a -> !a.isEmpty()).map(ActionRow::toAction).toList(),
				contacts.stream().filter(c -> !c.isEmpty()).map(ContactRow::toContact).toList());
	}

	public static class GoalRow {

		@Size(max = 1000)
		private String words = "";

		private PlanContent.Goal.Term term = PlanContent.Goal.Term.LONG;

		@Size(max = 2000)
		private String subGoals = "";

		@Size(max = 200)
		private String followedUpBy = "";

		static GoalRow of(PlanContent.Goal goal) {
			var row = new GoalRow();
			row.words = goal.individualsWords();
			row.term = goal.term();
			row.subGoals = String.join("\n", goal.subGoals());
			row.followedUpBy = goal.followedUpBy();
			return row;
		}

		boolean isEmpty() {
			return words.isBlank() && subGoals.isBlank() && followedUpBy.isBlank();
		}

		PlanContent.Goal toGoal() {
			return new PlanContent.Goal(words.strip(), term,
					Arrays.stream(subGoals.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
					followedUpBy.strip());
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

		static ActionRow of(PlanContent.Action action) {
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

		boolean isEmpty() {
			return description.isBlank() && responsibleUnitId == null && start == null && end == null;
		}

		PlanContent.Action toAction() {
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

	public static class ContactRow {

		@Size(max = 200)
		private String name = "";

		@Size(max = 200)
		private String organisation = "";

		@Size(max = 40)
		private String phone = "";

		static ContactRow of(PlanContent.Contact contact) {
			var row = new ContactRow();
			row.name = contact.name();
			row.organisation = contact.organisation();
			row.phone = contact.phone() == null ? "" : contact.phone();
			return row;
		}

		boolean isEmpty() {
			return name.isBlank() && organisation.isBlank() && phone.isBlank();
		}

		PlanContent.Contact toContact() {
			return new PlanContent.Contact(name.strip(), organisation.strip(), phone.isBlank() ? null : phone.strip());
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getOrganisation() {
			return organisation;
		}

		public void setOrganisation(String organisation) {
			this.organisation = organisation;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

	}

	public String getNeeds() {
		return needs;
	}

	public void setNeeds(String needs) {
		this.needs = needs;
	}

	public List<GoalRow> getGoals() {
		return goals;
	}

	public void setGoals(List<GoalRow> goals) {
		this.goals = goals;
	}

	public List<ActionRow> getActions() {
		return actions;
	}

	public void setActions(List<ActionRow> actions) {
		this.actions = actions;
	}

	public List<ContactRow> getContacts() {
		return contacts;
	}

	public void setContacts(List<ContactRow> contacts) {
		this.contacts = contacts;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
