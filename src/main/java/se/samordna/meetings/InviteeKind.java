package se.samordna.meetings;

import org.springframework.modulith.NamedInterface;

/**
 * Who is invited: a unit (of a principal or another actor), the individual, or one of
 * their people.
 */
@NamedInterface("events")
public enum InviteeKind {

	UNIT, INDIVIDUAL, GUARDIAN, REPRESENTATIVE, RELATIVE;

	public boolean isPerson() {
		return this != UNIT;
	}

}
