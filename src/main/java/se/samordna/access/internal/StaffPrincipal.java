package se.samordna.access.internal;

import se.samordna.access.CurrentUser;

/** A signed-in principal that is a staff member, whether from form log-in or OIDC. */
public interface StaffPrincipal {

	CurrentUser currentUser();

}
