package se.samordna.meetings;

/** An invitee's answer to the kallelse. Every invitee must answer; NONE is "not answered yet". */
public enum Answer {

	NONE, ACCEPTED, DECLINED, SENDS_SOMEONE_ELSE;

	/** Someone will come for this invitee. */
	public boolean coming() {
		return this == ACCEPTED || this == SENDS_SOMEONE_ELSE;
	}

}
