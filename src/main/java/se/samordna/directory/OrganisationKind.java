package se.samordna.directory;

/**
 * Principals (kommun, region) carry the legal responsibility; the rest are other actors.
 */
public enum OrganisationKind {

	KOMMUN, REGION, FORSAKRINGSKASSAN, ARBETSFORMEDLINGEN, SKOLA, ANNAN_AKTOR;

	/** A huvudman: kommun or region. */
	public boolean isPrincipal() {
		return this == KOMMUN || this == REGION;
	}

}
