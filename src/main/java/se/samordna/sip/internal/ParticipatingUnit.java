package se.samordna.sip.internal;

import java.util.UUID;

import se.samordna.sip.Participant;

/**
 * The one jsonb probe for "this unit takes part in the SIP": matched against the stored
 * participant list with {@code participants -> 'all' @> cast(? as jsonb)}, by the stored
 * name of {@link Participant#unitId}.
 */
public final class ParticipatingUnit {

	private ParticipatingUnit() {
	}

	public static String probe(UUID unitId) {
		return "[{\"" + Participant.UNIT_ID + "\":\"" + unitId + "\"}]";
	}

}
