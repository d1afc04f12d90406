package se.samordna.sip;

import java.util.UUID;

/**
 * The named person with overall responsibility for the plan (samordningsansvarig), of a
 * kommun or region unit.
 */
public record Coordinator(UUID staffId, UUID unitId) {

	public boolean is(Actor actor) {
		return staffId.equals(actor.staffId());
	}

}
