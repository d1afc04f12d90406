package se.samordna.meetings.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import se.samordna.meetings.AgendaSection;
import se.samordna.meetings.Attendance;
import se.samordna.meetings.Invitation;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.Protocol;
import se.samordna.meetings.ProtocolDraft;
import se.samordna.sip.PlanContent;
import se.samordna.sip.planform.PlanRows;
import se.samordna.sip.planform.PlanRows.ActionRow;
import se.samordna.sip.planform.PlanRows.GoalRow;

/**
 * The meeting as it is held: roles, attendance per invitee, notes along mötescirkeln, and
 * what was decided for the plan (needs, goals, actions, coordinator, follow-up date), so
 * that nothing is written twice. Works without JavaScript: empty rows are offered, "more
 * rows" adds some.
 */
public class ProtocolForm {

	static final int EMPTY_ROWS = 2;

	private @Nullable UUID chair;

	private @Nullable UUID secretary;

	private List<@Valid AttendanceRow> attendance = new ArrayList<>();

	private Map<AgendaSection, String> notes = new EnumMap<>(AgendaSection.class);

	@Size(max = 4000)
	private String needs = "";

	private List<@Valid GoalRow> goals = new ArrayList<>();

	private List<@Valid ActionRow> actions = new ArrayList<>();

	private @Nullable UUID coordinator;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate followUp;

	@Size(max = 2000)
	private String workedWell = "";

	@Size(max = 2000)
	private String doDifferently = "";

	private long version;

	static ProtocolForm of(Meeting meeting, PlanContent plan, @Nullable UUID coordinator,
			@Nullable LocalDate followUp) {
		var form = new ProtocolForm();
		form.chair = meeting.calledBy();
		form.secretary = meeting.calledBy();
		meeting.invitations().forEach(invitation -> form.attendance.add(AttendanceRow.of(invitation)));
		form.needs = String.join("\n", plan.needs());
		plan.goals().forEach(goal -> form.goals.add(GoalRow.of(goal)));
		plan.actions().forEach(action -> form.actions.add(ActionRow.of(action)));
		form.coordinator = coordinator;
		form.followUp = followUp;
		form.version = meeting.version();
		return form.withEmptyRows();
	}

	/** The form as the caller saved it last, on a meeting not yet held. */
	static ProtocolForm of(Meeting meeting, ProtocolDraft draft) {
		var form = new ProtocolForm();
		form.chair = draft.chairStaffId();
		form.secretary = draft.secretaryStaffId();
		meeting.invitations().forEach(invitation -> {
			var row = AttendanceRow.of(invitation);
			row.attendance = draft.attendance().get(invitation.invitationId());
			form.attendance.add(row);
		});
		form.notes.putAll(draft.notes());
		form.needs = draft.needs();
		draft.goals().forEach(goal -> {
			var row = new GoalRow();
			row.setIndividualsWords(goal.words());
			row.setTerm(goal.term());
			row.setSubGoals(goal.subGoals());
			row.setFollowedUpBy(goal.followedUpBy());
			form.goals.add(row);
		});
		draft.actions().forEach(action -> {
			var row = new ActionRow();
			row.setId(action.id());
			row.setDescription(action.description());
			row.setResponsibleUnitId(action.responsibleUnitId());
			row.setStart(action.start());
			row.setEnd(action.end());
			row.setTiming(action.timing());
			row.setRelatedActionId(action.relatedActionId());
			form.actions.add(row);
		});
		form.coordinator = draft.coordinatorStaffId();
		form.followUp = draft.followUp();
		form.workedWell = draft.workedWell();
		form.doDifferently = draft.doDifferently();
		form.version = meeting.version();
		return form.withEmptyRows();
	}

	/** What is written so far, half-filled rows included; empty rows are left out. */
	ProtocolDraft toDraft() {
		return ProtocolDraft.of(chair, secretary, toAttendance(), notes, needs,
				goals.stream()
					.filter(g -> !g.isEmpty())
					.map(g -> new ProtocolDraft.Goal(g.getIndividualsWords(), g.getTerm(), g.getSubGoals(),
							g.getFollowedUpBy()))
					.toList(),
				actions.stream()
					.filter(a -> !a.isEmpty())
					.map(a -> new ProtocolDraft.Action(a.getId(), a.getDescription(), a.getResponsibleUnitId(),
							a.getStart(), a.getEnd(), a.getTiming(), a.getRelatedActionId()))
					.toList(),
				coordinator, followUp, workedWell, doDifferently);
	}

	ProtocolForm withEmptyRows() {
		goals.removeIf(GoalRow::isEmpty);
		actions.removeIf(ActionRow::isEmpty);
		for (int i = 0; i < EMPTY_ROWS; i++) {
			goals.add(new GoalRow());
			actions.add(new ActionRow());
		}
		return this;
	}

	/**
	 * What the annotations cannot check before the meeting is held (a draft may lack
	 * them): the roles, half-filled rows, dates in the wrong order, missing attendance.
	 */
	void check(BindingResult binding) {
		if (chair == null) {
			binding.rejectValue("chair", "meetings.chair.required");
		}
		if (secretary == null) {
			binding.rejectValue("secretary", "meetings.secretary.required");
		}
		for (int i = 0; i < attendance.size(); i++) {
			if (attendance.get(i).attendance == null) {
				binding.rejectValue("attendance[" + i + "].attendance", "meetings.attendance.required");
			}
		}
		PlanRows.check(goals, actions, binding);
	}

	Protocol toProtocol() {
		return new Protocol(chair, secretary, notes, coordinator, followUp, workedWell, doDifferently);
	}

	Map<UUID, Attendance> toAttendance() {
		var map = new HashMap<UUID, Attendance>();
		attendance.stream()
			.filter(row -> row.invitationId != null && row.attendance != null)
			.forEach(row -> map.put(row.invitationId, row.attendance));
		return map;
	}

	/**
	 * The plan as the meeting decided it; the draft's contacts stay, and so do the
	 * timings (hidden fields).
	 */
	PlanContent toPlan(PlanContent current) {
		return new PlanContent(PlanRows.lines(needs),
				goals.stream().filter(g -> !g.isEmpty()).map(GoalRow::toGoal).toList(),
				actions.stream().filter(a -> !a.isEmpty()).map(ActionRow::toAction).toList(), current.contacts());
	}

	public static class AttendanceRow {

		private @Nullable UUID invitationId;

		private @Nullable Attendance attendance;

		static AttendanceRow of(Invitation invitation) {
			var row = new AttendanceRow();
			row.invitationId = invitation.invitationId();
			row.attendance = invitation.attendance();
			return row;
		}

		public @Nullable UUID getInvitationId() {
			return invitationId;
		}

		public void setInvitationId(@Nullable UUID invitationId) {
			this.invitationId = invitationId;
		}

		public @Nullable Attendance getAttendance() {
			return attendance;
		}

		public void setAttendance(@Nullable Attendance attendance) {
			this.attendance = attendance;
		}

	}

	public @Nullable UUID getChair() {
		return chair;
	}

	public void setChair(@Nullable UUID chair) {
		this.chair = chair;
	}

	public @Nullable UUID getSecretary() {
		return secretary;
	}

	public void setSecretary(@Nullable UUID secretary) {
		this.secretary = secretary;
	}

	public List<AttendanceRow> getAttendance() {
		return attendance;
	}

	public void setAttendance(List<AttendanceRow> attendance) {
		this.attendance = attendance;
	}

	public Map<AgendaSection, String> getNotes() {
		return notes;
	}

	public void setNotes(Map<AgendaSection, String> notes) {
		this.notes = notes;
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

	public @Nullable UUID getCoordinator() {
		return coordinator;
	}

	public void setCoordinator(@Nullable UUID coordinator) {
		this.coordinator = coordinator;
	}

	public @Nullable LocalDate getFollowUp() {
		return followUp;
	}

	public void setFollowUp(@Nullable LocalDate followUp) {
		this.followUp = followUp;
	}

	public String getWorkedWell() {
		return workedWell;
	}

	public void setWorkedWell(String workedWell) {
		this.workedWell = workedWell;
	}

	public String getDoDifferently() {
		return doDifferently;
	}

	public void setDoDifferently(String doDifferently) {
		this.doDifferently = doDifferently;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
