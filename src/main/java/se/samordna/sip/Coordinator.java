package se.samordna.sip;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The named person with overall responsibility for the plan (samordningsansvarig), of a
 * kommun or region unit.
 */
public record Coordinator(@JsonProperty("staffId") UUID staffId, @JsonProperty("unitId") UUID unitId) {

	public boolean is(Actor actor) {
		return staffId.equals(actor.staffId());
	}

}
