package se.samordna.access.internal;

import se.samordna.access.Citizen;

/**
 * A signed-in principal that is a citizen, whether from the demo log-in or the citizens'
 * IdP.
 */
public interface CitizenPrincipal {

	String AUTHORITY = "ROLE_CITIZEN";

	Citizen citizen();

}
