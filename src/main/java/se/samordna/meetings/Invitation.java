package se.samordna.meetings;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One invitee's kallelse and everything that followed: the answer, reminders, attendance.
 * Stored inside the meeting's invitations document ({@link Meeting.InvitationList}): the
 * JSON names are fixed here, whatever the components come to be called.
 *
 * @param attendees who comes (on accepting) or who goes instead (when sending someone
 * else)
 * @param answeredBy the staff member who answered or recorded the answer
 */
public record Invitation(@JsonProperty("invitationId") UUID invitationId, @JsonProperty("invitee") Invitee invitee,
		@JsonProperty("answer") Answer answer, @JsonProperty("attendees") @Nullable String attendees,
		@JsonProperty("declineReason") @Nullable String declineReason,
		@JsonProperty("answeredAt") @Nullable Instant answeredAt, @JsonProperty("answeredBy") @Nullable UUID answeredBy,
		@JsonProperty("remindedAt") @Nullable Instant remindedAt,
		@JsonProperty("attendance") @Nullable Attendance attendance) {

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

	/**
	 * Asked again, for a new time: the answer given for the old time no longer holds, and
	 * reminders start over.
	 */
	Invitation askedAgain() {
		return new Invitation(invitationId, invitee, Answer.NONE, null, null, null, null, null, attendance);
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
