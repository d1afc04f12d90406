package se.samordna.meetings;

import org.springframework.modulith.NamedInterface;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What happened to a meeting, for notifications and statistics. Ids, codes and counts
 * only: they are stored in the event publication registry and never name anyone.
 */
@NamedInterface("events")
public final class MeetingEvents {

	private MeetingEvents() {
	}

	/**
	 * @param invitedUnits units whose inbox gets the invitation
	 */
	@NamedInterface("events")
	public record MeetingCalled(UUID meetingId, UUID sipId, MeetingKind kind, int sequence, Set<UUID> invitedUnits,
			Instant at) {

		public MeetingCalled {
			invitedUnits = Set.copyOf(invitedUnits);
		}

	}

	/**
	 * @param answeredByUnitId the unit that gave or recorded the answer: the invitee's
	 * own, or the caller's for a person (null in events stored before it was recorded)
	 */
	@NamedInterface("events")
	public record InvitationAnswered(UUID meetingId, UUID sipId, UUID invitationId, Answer answer, UUID callerStaffId,
			UUID callerUnitId, @Nullable UUID answeredByUnitId, Instant at) {

		/**
		 * The caller's unit recorded this answer itself (a person's answer, or its own
		 * invitation): it is no news to the caller.
		 */
		public boolean recordedByCaller() {
			return callerUnitId.equals(answeredByUnitId);
		}

	}

	@NamedInterface("events")
	public record MeetingRescheduled(UUID meetingId, UUID sipId, int sequence, Set<UUID> invitedUnits, Instant at) {

		public MeetingRescheduled {
			invitedUnits = Set.copyOf(invitedUnits);
		}

	}

	/**
	 * @param cause who or what cancelled it: the caller, or the closing of its SIP (null
	 * in events stored before the cause was recorded: the caller)
	 */
	@NamedInterface("events")
	public record MeetingCancelled(UUID meetingId, UUID sipId, int sequence, Set<UUID> invitedUnits,
			@Nullable CancelCause cause, Instant at) {

		public MeetingCancelled {
			invitedUnits = Set.copyOf(invitedUnits);
		}

	}

	/**
	 * An invitation is still unanswered after the configured time.
	 *
	 * @param unitId the unit reminded; null when the invitee is a person
	 */
	@NamedInterface("events")
	public record InvitationReminderDue(UUID meetingId, UUID sipId, UUID invitationId, @Nullable UUID unitId,
			Instant at) {
	}

	/** The meeting is near and invitees are still silent: the caller is told. */
	@NamedInterface("events")
	public record CallerAlerted(UUID meetingId, UUID sipId, UUID callerStaffId, UUID callerUnitId, int unanswered,
			Instant at) {
	}

	/**
	 * @param callerUnitId the unit that called and held the meeting: the meeting counts
	 * to it
	 * @param invited how many were invited, @param answered how many answered before the
	 * meeting
	 * @param noShows invitees who did not come and gave no notice
	 * @param ignoredBy units that neither answered nor came, for the deviation work
	 * @param unitsTakingPart units that came (in person or remotely), whose staff are
	 * offered the survey
	 * @param personsTakingPart per kind of person (individual, guardian …), how many came
	 */
	@NamedInterface("events")
	public record MeetingHeld(UUID meetingId, UUID sipId, MeetingKind kind, UUID callerUnitId, int invited,
			int answered, int noShows, Set<UUID> ignoredBy, Set<UUID> unitsTakingPart,
			Map<InviteeKind, Integer> personsTakingPart, Instant at) {

		public MeetingHeld {
			ignoredBy = Set.copyOf(ignoredBy);
			unitsTakingPart = Set.copyOf(unitsTakingPart);
			personsTakingPart = Map.copyOf(personsTakingPart);
		}

	}

}
