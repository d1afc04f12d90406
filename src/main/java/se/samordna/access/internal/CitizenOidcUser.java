package se.samordna.access.internal;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import se.samordna.access.Citizen;

/**
 * A citizen signed in through the citizens' identity provider (BankID or Freja through
 * the region's IdP).
 */
class CitizenOidcUser extends DefaultOidcUser implements CitizenPrincipal {

	private final Citizen citizen;

	CitizenOidcUser(OidcUser user, Citizen citizen, String identityClaim) {
		super(CitizenUser.AUTHORITIES, user.getIdToken(), user.getUserInfo(), identityClaim);
		this.citizen = citizen;
	}

	@Override
	public Citizen citizen() {
		return citizen;
	}

	/** The name Spring Security shows and logs: never the personnummer. */
	@Override
	public String getName() {
		return citizen.username();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CitizenOidcUser that && super.equals(that) && citizen.equals(that.citizen);
	}

	@Override
	public int hashCode() {
		return super.hashCode() * 31 + citizen.hashCode();
	}

}
