package se.samordna.people;

/** How someone stands to the individual. */
public enum RelationKind {

	/** Vårdnadshavare: only for a child under 18. */
	GUARDIAN,
	/** God man, with a mandate from the överförmyndare. */
	GOD_MAN,
	/** Förvaltare, with a mandate from the court. */
	FORVALTARE,
	/** Ombud with a fullmakt from the individual. */
	OMBUD,
	/** Närstående: next of kin or another close person. */
	RELATIVE;

	public boolean isRepresentative() {
		return this == GOD_MAN || this == FORVALTARE || this == OMBUD;
	}

}
