package se.samordna.meetings;

/** Who is invited: a unit (of a principal or another actor), the individual, or one of their people. */
public enum InviteeKind {

	UNIT, INDIVIDUAL, GUARDIAN, REPRESENTATIVE, RELATIVE;

	public boolean isPerson() {
		return this != UNIT;
	}

}
