package se.samordna.meetings;

/** How an invitee took part in the meeting. */
public enum Attendance {

	PRESENT, REMOTE, ABSENT_WITH_NOTICE, ABSENT_WITHOUT_NOTICE;

	public boolean tookPart() {
		return this == PRESENT || this == REMOTE;
	}

}
