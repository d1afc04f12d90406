package se.samordna.sip.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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

	/**
	 * Checks what the annotations cannot: rows that are half filled in, dates in the
	 * wrong order.
	 */
	void check(BindingResult binding) {
		PlanRows.check(goals, actions, binding);
		for (int i = 0; i < contacts.size(); i++) {
			ContactRow contact = contacts.get(i);
			if (!contact.isEmpty() && contact.name.isBlank()) {
				binding.rejectValue("contacts[" + i + "].name", "plan.contact.name");
			}
		}
	}

	PlanContent toContent() {
		List<String> needLines = PlanRows.lines(needs);
		return new PlanContent(needLines, goals.stream().filter(g -> !g.isEmpty()).map(GoalRow::toGoal).toList(),
				actions.stream().filter(a -> !a.isEmpty()).map(ActionRow::toAction).toList(),
				contacts.stream().filter(c -> !c.isEmpty()).map(ContactRow::toContact).toList());
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
