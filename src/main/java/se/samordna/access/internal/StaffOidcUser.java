package se.samordna.access.internal;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import se.samordna.access.CurrentUser;

/** A staff member signed in through the region's identity provider (OIDC). */
class StaffOidcUser extends DefaultOidcUser implements StaffPrincipal {

	private final CurrentUser currentUser;

	StaffOidcUser(OidcUser user, CurrentUser currentUser, String nameClaim) {
		super(StaffUser.authorities(currentUser), user.getIdToken(), user.getUserInfo(), nameClaim);
		this.currentUser = currentUser;
	}

	@Override
	public CurrentUser currentUser() {
		return currentUser;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffOidcUser that && super.equals(that) && currentUser.equals(that.currentUser);
	}

	@Override
	public int hashCode() {
		return super.hashCode() * 31 + currentUser.hashCode();
	}

}
