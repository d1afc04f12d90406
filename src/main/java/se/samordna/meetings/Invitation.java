package se.samordna.meetings;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One invitee's kallelse and everything that followed: the answer, reminders, attendance.
 *
 * @param attendees who comes (on accepting) or who goes instead (when sending someone
 * else)
 * @param answeredBy the staff member who answered or recorded the answer
 */
public record Invitation(UUID invitationId, Invitee invitee, Answer answer, @Nullable String attendees,
		@Nullable String declineReason, @Nullable Instant answeredAt, @Nullable UUID answeredBy,
		@Nullable Instant remindedAt, @Nullable Attendance attendance) {

	static Invitation to(Invitee invitee) {
		return new Invitation(UUID.randomUUID(), invitee, Answer.NONE, null, null, null, null, null, null);
	}

	public boolean answered() {
		return answer != Answer.NONE;
	}

	/** Neither answered nor came: marked for the deviation work. */
	public boolean ignored() {
		return answer == Answer.NONE && attendance == Attendance.ABSENT_WITHOUT_NOTICE;
	}

	Invitation answer(Answer answer, @Nullable String attendees, @Nullable String declineReason, UUID by, Instant at) {
		return new Invitation(invitationId, invitee, answer, attendees, declineReason, at, by, remindedAt, attendance);
	}

	Invitation reminded(Instant at) {
		return new Invitation(invitationId, invitee, answer, attendees, declineReason, answeredAt, answeredBy, at,
				attendance);
	}

	Invitation attended(Attendance attendance) {
		return new Invitation(invitationId, invitee, answer, attendees, declineReason, answeredAt, answeredBy,
				remindedAt, attendance);
	}

}
