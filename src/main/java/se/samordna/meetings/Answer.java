package se.samordna.meetings;

import org.springframework.modulith.NamedInterface;

/**
 * An invitee's answer to the kallelse. Every invitee must answer; NONE is "not answered
 * yet".
 */
@NamedInterface("events")
public enum Answer {

	NONE, ACCEPTED, DECLINED, SENDS_SOMEONE_ELSE;

	/** Someone will come for this invitee. */
	public boolean coming() {
		return this == ACCEPTED || this == SENDS_SOMEONE_ELSE;
	}

}
