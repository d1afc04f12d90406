package se.samordna.meetings.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import se.samordna.meetings.Answer;

/**
 * One invitee's answer: coming (and who), declining (and why), or sending someone else.
 */
public class AnswerForm {

	private @Nullable UUID invitationId;

	@NotNull
	private @Nullable Answer answer;

	@Size(max = 300)
	private String attendees = "";

	@Size(max = 1000)
	private String declineReason = "";

	public @Nullable UUID getInvitationId() {
		return invitationId;
	}

	public void setInvitationId(@Nullable UUID invitationId) {
		this.invitationId = invitationId;
	}

	public @Nullable Answer getAnswer() {
		return answer;
	}

	public void setAnswer(@Nullable Answer answer) {
		this.answer = answer;
	}

	public String getAttendees() {
		return attendees;
	}

	public void setAttendees(String attendees) {
		this.attendees = attendees;
	}

	public String getDeclineReason() {
		return declineReason;
	}

	public void setDeclineReason(String declineReason) {
		this.declineReason = declineReason;
	}

}
