package se.samordna.sip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A confirmed plan: immutable. Later changes make a new version; every version stays
 * readable.
 */
public record PlanVersion(UUID sipId, int number, PlanVersionKind kind, PlanContent content,
		List<Participant> participants, Coordinator coordinator, LocalDate nextFollowUp, UUID confirmedBy,
		Instant confirmedAt) {

	public PlanVersion {
		participants = List.copyOf(participants);
	}

}
