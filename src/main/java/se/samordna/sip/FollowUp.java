package se.samordna.sip;

import org.springframework.modulith.NamedInterface;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Step 7, uppföljning: how it went and what happens next.
 *
 * @param goalOutcomes per goal (by its index in the plan) how far it is met
 * @param actionOutcomes per action how far it was done
 * @param nextFollowUp required when the decision is to continue
 * @param closingReason required when the decision is to close
 */
public record FollowUp(Map<Integer, GoalOutcome> goalOutcomes, Map<UUID, ActionOutcome> actionOutcomes,
		@Nullable String helped, @Nullable String hindered, boolean needChanged, Decision decision,
		@Nullable LocalDate nextFollowUp, @Nullable ClosingReason closingReason, @Nullable String closingText) {

	public FollowUp {
		goalOutcomes = Map.copyOf(goalOutcomes);
		actionOutcomes = Map.copyOf(actionOutcomes);
	}

	/** How many goals were judged to have this outcome. */
	public int goalsWith(GoalOutcome outcome) {
		return (int) goalOutcomes.values().stream().filter(outcome::equals).count();
	}

	@NamedInterface("events")
	public enum GoalOutcome {

		MET, PARTLY_MET, NOT_MET, UNKNOWN

	}

	@NamedInterface("events")
	public enum ActionOutcome {

		DONE, PARTLY_DONE, NOT_DONE

	}

	@NamedInterface("events")
	public enum Decision {

		CONTINUE, REVISE_PLAN, NEW_PLAN, CLOSE

	}

}
