package se.samordna.sip;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.springframework.modulith.NamedInterface;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Step 7, uppföljning: how it went and what happens next. Stored as JSON
 * ({@code sip_follow_up.content}): the names below are the stored names, {@code format}
 * the shape ("1", also when absent).
 *
 * @param goalOutcomes per goal (by its index in the plan) how far it is met
 * @param actionOutcomes per action how far it was done
 * @param nextFollowUp required when the decision is to continue
 * @param closingReason required when the decision is to close
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "format",
		requireTypeIdForSubtypes = OptBoolean.FALSE)
@JsonTypeName("1")
public record FollowUp(@JsonProperty("goalOutcomes") Map<Integer, GoalOutcome> goalOutcomes,
		@JsonProperty("actionOutcomes") Map<UUID, ActionOutcome> actionOutcomes,
		@JsonProperty("helped") @Nullable String helped, @JsonProperty("hindered") @Nullable String hindered,
		@JsonProperty("needChanged") boolean needChanged, @JsonProperty("decision") Decision decision,
		@JsonProperty("nextFollowUp") @Nullable LocalDate nextFollowUp,
		@JsonProperty("closingReason") @Nullable ClosingReason closingReason,
		@JsonProperty("closingText") @Nullable String closingText) {

	/** The longest words about what helped or hindered, in characters. */
	public static final int TEXT = 2000;

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
