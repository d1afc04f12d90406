package se.samordna.sip;

import org.springframework.modulith.NamedInterface;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What happened to a SIP, for other modules to react to. Ids and codes only: events are
 * stored in the event publication registry and read by statistics, so they never carry
 * personal data.
 */
@NamedInterface("events")
public final class SipEvents {

	private SipEvents() {
	}

	/**
	 * @param ageBand the person's age group, the only trace of the person here
	 */
	@NamedInterface("events")
	public record SipStarted(UUID sipId, UUID startingUnitId, Assessment.NoticedBy noticedBy,
			Assessment.LegalTrack track, Assessment.SipLevel level, AgeBand ageBand, Instant at) {
	}

	@NamedInterface("events")
	public record ConsentRecorded(UUID sipId, ConsentGiver giver, Instant at) {
	}

	@NamedInterface("events")
	public record ParticipantAdded(UUID sipId, UUID participantId, Instant at) {
	}

	@NamedInterface("events")
	public record ParticipantRemoved(UUID sipId, UUID participantId, Instant at) {
	}

	@NamedInterface("events")
	public record PlanConfirmed(UUID sipId, int planVersion, PlanVersionKind kind, LocalDate nextFollowUp, Instant at) {
	}

	/** The follow-up date has come; reminders listen to this. */
	@NamedInterface("events")
	public record FollowUpFellDue(UUID sipId, LocalDate followUpDate, Instant at) {
	}

	/**
	 * @param due the follow-up date this follow-up answers (null if it came before any
	 * was set)
	 * @param nextFollowUp the new date when the plan continues as it is
	 * @param goalsMet how many goals were met (and so on): counts only, for the effect
	 * measures
	 */
	@NamedInterface("events")
	public record FollowUpRecorded(UUID sipId, @Nullable LocalDate due, @Nullable LocalDate nextFollowUp,
			FollowUp.Decision decision, int goalsMet, int goalsPartlyMet, int goalsNotMet, Instant at) {
	}

	/**
	 * The person got this plan version, at the meeting or afterwards: the process measure
	 * "plans given".
	 */
	@NamedInterface("events")
	public record PlanGiven(UUID sipId, int planVersion, PlanDelivery delivery, Instant at) {
	}

	/**
	 * @param involvedUnits the starting unit and every participating unit: all of them
	 * are to be told
	 */
	/**
	 * @param closedByUnit null when the person withdrew the consent on their own pages
	 */
	@NamedInterface("events")
	public record SipClosed(UUID sipId, ClosingReason reason, @Nullable UUID closedByUnit, Set<UUID> involvedUnits,
			Instant at) {

		public SipClosed {
			involvedUnits = Set.copyOf(involvedUnits);
		}

	}

}
