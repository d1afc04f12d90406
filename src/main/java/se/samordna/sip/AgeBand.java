package se.samordna.sip;

import org.springframework.modulith.NamedInterface;

/**
 * The person's age group when the SIP started: the only trace of age statistics may
 * count, coarse enough never to point at anyone.
 */
@NamedInterface("events")
public enum AgeBand {

	CHILD, ADULT, SENIOR;

	public static AgeBand ofAge(int years) {
		if (years < 18) {
			return CHILD;
		}
		return years < 65 ? ADULT : SENIOR;
	}

}
