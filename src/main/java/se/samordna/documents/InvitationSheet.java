package se.samordna.documents;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.samordna.meetings.InviteeKind;
import se.samordna.meetings.MeetingKind;

/**
 * A kallelse as a letter: what the meeting is for, when and where, who is invited and
 * whom to ask. Addressed to one invitee, or to nobody for a copy to hand out.
 *
 * @param individualName whose SIP the meeting is about
 * @param recipient null for a copy without an addressee
 * @param message the caller's words to the individual; null when none, or when the letter
 * goes to a unit
 */
public record InvitationSheet(int sequence, MeetingKind kind, String individualName, boolean protectedIdentity,
		@Nullable Recipient recipient, String purpose, LocalDateTime startsAt, LocalDateTime endsAt,
		@Nullable String place, @Nullable String videoLink, List<Invited> invited, @Nullable String message,
		Caller caller) {

	public InvitationSheet {
		invited = List.copyOf(invited);
	}

	/**
	 * @param address null when unknown or protected: then nothing is printed
	 */
	public record Recipient(String name, PlanSheet.@Nullable Address address) {
	}

	/**
	 * @param organisation null for a person
	 */
	public record Invited(InviteeKind kind, String name, @Nullable String organisation) {
	}

	public record Caller(String name, @Nullable String title, String unit, @Nullable String phone,
			@Nullable String email) {
	}

}
