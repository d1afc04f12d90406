package se.samordna.sip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What happened to a SIP, for other modules to react to. Ids and codes only: events are stored
 * in the event publication registry and read by statistics, so they never carry personal data.
 */
public final class SipEvents {

	private SipEvents() {
	}

	public record SipStarted(UUID sipId, UUID startingUnitId, Assessment.LegalTrack track, Assessment.SipLevel level,
			Instant at) {
	}

	public record ConsentRecorded(UUID sipId, ConsentGiver giver, Instant at) {
	}

	public record ParticipantAdded(UUID sipId, UUID participantId, Instant at) {
	}

	public record ParticipantRemoved(UUID sipId, UUID participantId, Instant at) {
	}

	public record PlanConfirmed(UUID sipId, int planVersion, PlanVersionKind kind, LocalDate nextFollowUp,
			Instant at) {
	}

	/** The follow-up date has come; reminders listen to this. */
	public record FollowUpFellDue(UUID sipId, LocalDate followUpDate, Instant at) {
	}

	public record FollowUpRecorded(UUID sipId, FollowUp.Decision decision, Instant at) {
	}

	/** @param involvedUnits the starting unit and every participating unit: all of them are to be told */
	/** @param closedByUnit null when the person withdrew the consent on their own pages */
	public record SipClosed(UUID sipId, ClosingReason reason, @Nullable UUID closedByUnit, Set<UUID> involvedUnits, Instant at) {

		public SipClosed {
			involvedUnits = Set.copyOf(involvedUnits);
		}

	}

}
