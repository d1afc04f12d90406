package se.samordna.sip.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import se.samordna.sip.PlanContent;
import se.samordna.sip.planform.PlanRows;
import se.samordna.sip.planform.PlanRows.ActionRow;
import se.samordna.sip.planform.PlanRows.GoalRow;

/**
 * The plan draft as a form: needs one per line, and rows for goals, actions and contacts.
 * Empty rows are left out; a few empty rows are always offered, so it works without
 * JavaScript.
 */
public class PlanForm {

	static final int EMPTY_ROWS = 2;

	private String needs = "";

	private List<GoalRow> goals = new ArrayList<>();

	private List<ActionRow> actions = new ArrayList<>();

	private List<ContactRow> contacts = new ArrayList<>();

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

	/**
	 * Asks the plan about everything written and shows each refusal next to its field,
	 * all at once. When all is well the empty rows are left out, so that every row stands
	 * where the plan will have it (see {@link PlanRows#check}).
	 */
	void check(BindingResult binding) {
		PlanRows.reject(binding, this::toContent);
		if (!binding.hasErrors()) {
			goals.removeIf(GoalRow::isEmpty);
			actions.removeIf(ActionRow::isEmpty);
			contacts.removeIf(ContactRow::isEmpty);
		}
	}

	PlanContent toContent() {
		return PlanContent.of(PlanRows.lines(needs), PlanRows.parts(goals, GoalRow::isEmpty, GoalRow::toGoal),
				PlanRows.parts(actions, ActionRow::isEmpty, ActionRow::toAction),
				PlanRows.parts(contacts, ContactRow::isEmpty, ContactRow::toContact));
	}

	public static class ContactRow {

		private String name = "";

		private String organisation = "";

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
