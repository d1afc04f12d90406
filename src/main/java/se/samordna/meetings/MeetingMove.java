package se.samordna.meetings;

/**
 * The moves a meeting page may offer; {@link Meeting#allowedMoves} says which are open to
 * whom now, and the meeting's verbs refuse the rest.
 */
public enum MeetingMove {

	/** Answer an invitation: a unit its own, the caller the persons'. */
	ANSWER,
	/** Give the meeting a new time or place. */
	RESCHEDULE,
	/** Cancel the meeting, with a reason. */
	CANCEL,
	/** Open the protocol and save a draft of it, also before the meeting has begun. */
	WRITE_PROTOCOL,
	/** Record that the meeting was held: only once it has begun. */
	HOLD,
	/** Print the kallelse to post. */
	PRINT_INVITATION,
	/** Download the calendar file (a cancelled meeting's file cancels it). */
	DOWNLOAD_CALENDAR,
	/** Hand out the survey codes of a held meeting. */
	HAND_OUT_SURVEY

}
