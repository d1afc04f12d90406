package se.samordna.sip.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import se.samordna.sip.ClosingReason;
import se.samordna.sip.FollowUp;
import se.samordna.sip.PlanContent;

/**
 * Step 7 as the coordinator records it: one outcome per goal and per action, and the
 * decision.
 */
public class FollowUpForm {

	private List<FollowUp.GoalOutcome> goalOutcomes = new ArrayList<>();

	private List<@Nullable UUID> actionIds = new ArrayList<>();

	private List<FollowUp.ActionOutcome> actionOutcomes = new ArrayList<>();

	@Size(max = 2000)
	private String helped = "";

	@Size(max = 2000)
	private String hindered = "";

	private boolean needChanged;

	@NotNull
	private FollowUp.@Nullable Decision decision;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate nextFollowUp;

	private @Nullable ClosingReason closingReason;

	@Size(max = 1000)
	private String closingText = "";

	private long version;

	static FollowUpForm of(PlanContent plan, long version) {
		var form = new FollowUpForm();
		plan.goals().forEach(goal -> form.goalOutcomes.add(FollowUp.GoalOutcome.UNKNOWN));
		plan.actions().forEach(action -> {
			form.actionIds.add(action.id());
			form.actionOutcomes.add(FollowUp.ActionOutcome.NOT_DONE);
		});
		form.version = version;
		return form;
	}

	void check(BindingResult binding) {
		if (decision == FollowUp.Decision.CONTINUE && nextFollowUp == null) {
			binding.rejectValue("nextFollowUp", "sip.plan.followUpInFuture");
		}
		if (decision == FollowUp.Decision.CLOSE && closingReason == null) {
			binding.rejectValue("closingReason", "sip.close.reason");
		}
	}

	FollowUp toFollowUp() {
		Map<Integer, FollowUp.GoalOutcome> goals = new HashMap<>();
		for (int i = 0; i < goalOutcomes.size(); i++) {
			goals.put(i, goalOutcomes.get(i));
		}
		Map<UUID, FollowUp.ActionOutcome> actions = new HashMap<>();
		for (int i = 0; i < Math.min(actionIds.size(), actionOutcomes.size()); i++) {
			UUID id = actionIds.get(i);
			if (id != null) {
				actions.put(id, actionOutcomes.get(i));
			}
		}
		return new FollowUp(goals, actions, PreparationForm.blank(helped), PreparationForm.blank(hindered), needChanged,
				decision, nextFollowUp, decision == FollowUp.Decision.CLOSE ? closingReason : null,
				PreparationForm.blank(closingText));
	}

	public List<FollowUp.GoalOutcome> getGoalOutcomes() {
		return goalOutcomes;
	}

	public void setGoalOutcomes(List<FollowUp.GoalOutcome> goalOutcomes) {
		this.goalOutcomes = goalOutcomes;
	}

	public List<@Nullable UUID> getActionIds() {
		return actionIds;
	}

	public void setActionIds(List<@Nullable UUID> actionIds) {
		this.actionIds = actionIds;
	}

	public List<FollowUp.ActionOutcome> getActionOutcomes() {
		return actionOutcomes;
	}

	public void setActionOutcomes(List<FollowUp.ActionOutcome> actionOutcomes) {
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
