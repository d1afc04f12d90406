package se.samordna.people;

/**
 * The three areas a god man's or förvaltare's mandate may cover (Föräldrabalken 11 kap.).
 */
public enum MandateArea {

	/** Bevaka rätt. */
	BEVAKA_RATT,
	/** Förvalta egendom. */
	FORVALTA_EGENDOM,
	/** Sörja för person. */
	SORJA_FOR_PERSON

}
