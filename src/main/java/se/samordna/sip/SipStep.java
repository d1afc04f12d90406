package se.samordna.sip;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import se.samordna.access.Standing;

/**
 * One step on a SIP's timeline: what, who (staff and unit names, or the person on their
 * own pages), when.
 *
 * @param byCitizen set, and the names null, when the step was taken on the person's own
 * pages
 */
public record SipStep(Instant at, Kind kind, @Nullable String staffName, @Nullable String unitName,
		@Nullable Standing byCitizen) {

	public enum Kind {

		STARTED, CONSENT_RECORDED, CONSENT_WITHDRAWN, PREPARED, PARTICIPANT_ADDED, PARTICIPANT_REMOVED, MEETING_CALLED,
		MEETING_CANCELLED, MEETING_HELD, PLAN_EDITED, OWN_PREPARATION, COMMENTED, PLAN_CONFIRMED, PLAN_GIVEN,
		FOLLOW_UP_RECORDED, CLOSED

	}

}
