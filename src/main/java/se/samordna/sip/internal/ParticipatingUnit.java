package se.samordna.sip.internal;

import java.util.UUID;

/**
 * The one jsonb probe for "this unit takes part in the SIP": matched against the stored
 * participant list with {@code participants -> 'all' @> cast(? as jsonb)}.
 */
public final class ParticipatingUnit {

	private ParticipatingUnit() {
	}

	public static String probe(UUID unitId) {
		return "[{\"unitId\":\"" + unitId + "\"}]";
	}

}
