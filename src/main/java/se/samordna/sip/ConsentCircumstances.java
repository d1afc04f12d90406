package se.samordna.sip;

/**
 * What the consent rules need to know about the individual on the day consent is recorded.
 *
 * @param age whole years on that day
 * @param guardians how many guardians are recorded for a child
 * @param representativeMayConsent a representative is recorded whose mandate covers the person's care
 */
public record ConsentCircumstances(int age, int guardians, boolean representativeMayConsent) {

	/** Under this age the guardians consent for the child (with the child's view considered). */
	public static final int OWN_CONSENT_AGE = 15;

	public static final int AGE_OF_MAJORITY = 18;

}
