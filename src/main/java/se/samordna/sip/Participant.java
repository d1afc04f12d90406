package se.samordna.sip;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Someone taking part in the SIP: a unit of a principal or another actor (which may then
 * see the SIP within the consent), or a relative or representative (who gains no access
 * by this).
 *
 * @param unitId set for units, null for persons
 * @param name set for persons, null for units
 * @param role what they do in this SIP, in plain words
 */
public record Participant(UUID id, Kind kind, @Nullable UUID unitId, @Nullable String name, String role) {

	public enum Kind {

		UNIT, RELATIVE, REPRESENTATIVE

	}

	public static Participant unit(UUID unitId, String role) {
		return new Participant(UUID.randomUUID(), Kind.UNIT, unitId, null, role);
	}

	public static Participant person(Kind kind, String name, String role) {
		if (kind == Kind.UNIT) {
			throw new IllegalArgumentException("a person participant is a relative or representative");
		}
		return new Participant(UUID.randomUUID(), kind, null, name, role);
	}

}
