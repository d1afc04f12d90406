package se.samordna.sip.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import se.samordna.sip.ClosingReason;
import se.samordna.sip.FollowUp;
import se.samordna.sip.PlanContent;

/**
 * Step 7 as the coordinator records it: one outcome per goal and per action, and the
 * decision. No outcome is chosen beforehand: the SIP asks for each one.
 */
public class FollowUpForm {

	private List<FollowUp.@Nullable GoalOutcome> goalOutcomes = new ArrayList<>();

	private List<@Nullable UUID> actionIds = new ArrayList<>();

	private List<FollowUp.@Nullable ActionOutcome> actionOutcomes = new ArrayList<>();

	private String helped = "";

	private String hindered = "";

	private boolean needChanged;

	@NotNull
	private FollowUp.@Nullable Decision decision;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate nextFollowUp;

	private @Nullable ClosingReason closingReason;

	private String closingText = "";

	private long version;

	static FollowUpForm of(PlanContent plan, long version) {
		var form = new FollowUpForm();
		form.fit(plan);
		form.version = version;
		return form;
	}

	/**
	 * One row per goal and per action of the plan, each action by its id; a row a request
	 * left out stays without an answer, for the SIP to ask for.
	 */
	void fit(PlanContent plan) {
		while (goalOutcomes.size() < plan.goals().size()) {
			goalOutcomes.add(null);
		}
		actionIds = new ArrayList<>(plan.actions().stream().map(PlanContent.Action::id).toList());
		while (actionOutcomes.size() < plan.actions().size()) {
			actionOutcomes.add(null);
		}
	}

	/** The answers given; one not given is left out. */
	FollowUp toFollowUp() {
		Map<Integer, FollowUp.GoalOutcome> goals = new HashMap<>();
		for (int i = 0; i < goalOutcomes.size(); i++) {
			FollowUp.GoalOutcome outcome = goalOutcomes.get(i);
			if (outcome != null) {
				goals.put(i, outcome);
			}
		}
		Map<UUID, FollowUp.ActionOutcome> actions = new HashMap<>();
		for (int i = 0; i < Math.min(actionIds.size(), actionOutcomes.size()); i++) {
			UUID id = actionIds.get(i);
			FollowUp.ActionOutcome outcome = actionOutcomes.get(i);
			if (id != null && outcome != null) {
				actions.put(id, outcome);
			}
		}
		return new FollowUp(goals, actions, PreparationForm.blank(helped), PreparationForm.blank(hindered), needChanged,
				decision, nextFollowUp, decision == FollowUp.Decision.CLOSE ? closingReason : null,
				decision == FollowUp.Decision.CLOSE ? PreparationForm.blank(closingText) : null);
	}

	public List<FollowUp.@Nullable GoalOutcome> getGoalOutcomes() {
		return goalOutcomes;
	}

	public void setGoalOutcomes(List<FollowUp.@Nullable GoalOutcome> goalOutcomes) {
		this.goalOutcomes = goalOutcomes;
	}

	public List<@Nullable UUID> getActionIds() {
		return actionIds;
	}

	public void setActionIds(List<@Nullable UUID> actionIds) {
		this.actionIds = actionIds;
	}

	public List<FollowUp.@Nullable ActionOutcome> getActionOutcomes() {
		return actionOutcomes;
	}

	public void setActionOutcomes(List<FollowUp.@Nullable ActionOutcome> actionOutcomes) {
		this.actionOutcomes = actionOutcomes;
	}

	public String getHelped() {
		return helped;
	}

	public void setHelped(String helped) {
		this.helped = helped;
	}

	public String getHindered() {
		return hindered;
	}

	public void setHindered(String hindered) {
		this.hindered = hindered;
	}

	public boolean isNeedChanged() {
		return needChanged;
	}

	public void setNeedChanged(boolean needChanged) {
		this.needChanged = needChanged;
	}

	public FollowUp.@Nullable Decision getDecision() {
		return decision;
	}

	public void setDecision(FollowUp.@Nullable Decision decision) {
		this.decision = decision;
	}

	public @Nullable LocalDate getNextFollowUp() {
		return nextFollowUp;
	}

	public void setNextFollowUp(@Nullable LocalDate nextFollowUp) {
		this.nextFollowUp = nextFollowUp;
	}

	public @Nullable ClosingReason getClosingReason() {
		return closingReason;
	}

	public void setClosingReason(@Nullable ClosingReason closingReason) {
		this.closingReason = closingReason;
	}

	public String getClosingText() {
		return closingText;
	}

	public void setClosingText(String closingText) {
		this.closingText = closingText;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
