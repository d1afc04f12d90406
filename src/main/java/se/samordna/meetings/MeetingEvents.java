package se.samordna.meetings;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What happened to a meeting, for notifications and statistics. Ids, codes and counts only:
 * they are stored in the event publication registry and never name anyone.
 */
public final class MeetingEvents {

	private MeetingEvents() {
	}

	/** @param invitedUnits units whose inbox gets the invitation */
	public record MeetingCalled(UUID meetingId, UUID sipId, MeetingKind kind, int sequence, Set<UUID> invitedUnits,
			Instant at) {

		public MeetingCalled {
			invitedUnits = Set.copyOf(invitedUnits);
		}

	}

	public record InvitationAnswered(UUID meetingId, UUID sipId, UUID invitationId, Answer answer,
			UUID callerStaffId, UUID callerUnitId, Instant at) {
	}

	public record MeetingRescheduled(UUID meetingId, UUID sipId, int sequence, Set<UUID> invitedUnits, Instant at) {

		public MeetingRescheduled {
			invitedUnits = Set.copyOf(invitedUnits);
		}

	}

	public record MeetingCancelled(UUID meetingId, UUID sipId, int sequence, Set<UUID> invitedUnits, Instant at) {

		public MeetingCancelled {
			invitedUnits = Set.copyOf(invitedUnits);
		}

	}

	/**
	 * An invitation is still unanswered after the configured time.
	 * @param unitId the unit reminded; null when the invitee is a person
	 */
	public record InvitationReminderDue(UUID meetingId, UUID sipId, UUID invitationId, @Nullable UUID unitId,
			Instant at) {
	}

	/** The meeting is near and invitees are still silent: the caller is told. */
	public record CallerAlerted(UUID meetingId, UUID sipId, UUID callerStaffId, UUID callerUnitId, int unanswered,
			Instant at) {
	}

	/**
	 * @param ignoredBy units that neither answered nor came, for the deviation work
	 * @param invited how many were invited, @param answered how many answered before the meeting
	 */
	public record MeetingHeld(UUID meetingId, UUID sipId, MeetingKind kind, int invited, int answered,
			Set<UUID> ignoredBy, Instant at) {

		public MeetingHeld {
			ignoredBy = Set.copyOf(ignoredBy);
		}

	}

}
