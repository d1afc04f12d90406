package se.samordna.access.internal;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Lets in only people the IdP vouches for who also have an active staff account here. */
class StaffOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final StaffAccounts accounts;

	private final String usernameClaim;

	private final String citizenRegistrationId;

	StaffOidcUserService(StaffAccounts accounts, String usernameClaim, String citizenRegistrationId) {
		this.accounts = accounts;
		this.usernameClaim = usernameClaim;
		this.citizenRegistrationId = citizenRegistrationId;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		if (citizenRegistrationId.equals(request.getClientRegistration().getRegistrationId())) {
			throw new OAuth2AuthenticationException(new OAuth2Error("citizen_registration_is_not_for_staff"));
		}
		OidcUser user = delegate.loadUser(request);
		String username = user.getClaimAsString(usernameClaim);
		if (username == null) {
			throw new OAuth2AuthenticationException(new OAuth2Error("missing_username_claim"));
		}
		return accounts.activeUser(username)
			.map(current -> new StaffOidcUser(user, current, usernameClaim))
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_staff")));
	}

}
