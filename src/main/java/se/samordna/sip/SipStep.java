package se.samordna.sip;

import java.time.Instant;

/** One step on a SIP's timeline: what, who (staff and unit names), when. */
public record SipStep(Instant at, Kind kind, String staffName, String unitName) {

	public enum Kind {
		STARTED, CONSENT_RECORDED, CONSENT_WITHDRAWN, PREPARED, PARTICIPANT_ADDED, PARTICIPANT_REMOVED, MEETING_CALLED,
		MEETING_CANCELLED, MEETING_HELD, PLAN_EDITED,
		PLAN_CONFIRMED, FOLLOW_UP_RECORDED, CLOSED
	}

}
