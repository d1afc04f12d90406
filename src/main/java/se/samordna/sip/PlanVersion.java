package se.samordna.sip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.OptBoolean;

/**
 * A confirmed plan: immutable. Later changes make a new version; every version stays
 * readable. Stored as JSON ({@code sip_plan_version.content}), never changed: the names
 * below are the stored names, {@code format} the shape ("1", also when absent).
 *
 * @param participants those who planned together (not the person, who is always there)
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "format",
		requireTypeIdForSubtypes = OptBoolean.FALSE)
@JsonTypeName("1")
public record PlanVersion(@JsonProperty("sipId") UUID sipId, @JsonProperty("number") int number,
		@JsonProperty("kind") PlanVersionKind kind, @JsonProperty("content") PlanContent content,
		@JsonProperty("participants") List<Participant> participants,
		@JsonProperty("coordinator") Coordinator coordinator, @JsonProperty("nextFollowUp") LocalDate nextFollowUp,
		@JsonProperty("confirmedBy") UUID confirmedBy, @JsonProperty("confirmedAt") Instant confirmedAt) {

	public PlanVersion {
		participants = List.copyOf(participants);
	}

}
