package se.samordna.access;

/** How a signed-in citizen stands to the individual whose SIP they read. */
public enum Standing {

	/** The individual themself. */
	SELF,
	/** A guardian of a child under 18. */
	GUARDIAN,
	/** A god man, förvaltare or ombud. */
	REPRESENTATIVE

}
