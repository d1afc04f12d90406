package se.samordna.access.internal;

import java.util.List;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import se.samordna.access.Citizen;
import se.samordna.access.CitizenRelationSource;

/**
 * Lets in a citizen the citizens' IdP vouches for with a personnummer; only through the
 * citizen registration, so a staff token can never open someone's own pages.
 */
class CitizenOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String USERNAME = "medborgare";

	private final OidcUserService delegate = new OidcUserService();

	private final CitizenLoginSettings settings;

	private final List<CitizenRelationSource> register;

	CitizenOidcUserService(CitizenLoginSettings settings, List<CitizenRelationSource> register) {
		this.settings = settings;
		this.register = register;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		if (!settings.registrationId().equals(request.getClientRegistration().getRegistrationId())) {
			throw new OAuth2AuthenticationException(new OAuth2Error("not_the_citizen_registration"));
		}
		OidcUser user = delegate.loadUser(request);
		String identity = user.getClaimAsString(settings.identityClaim());
		if (identity == null || !identity.matches("[0-9]{12}") || !dev.personnummer.Personnummer.valid(identity)) {
			throw new OAuth2AuthenticationException(new OAuth2Error("missing_personal_identity"));
		}
		String name = register.stream()
			.flatMap(source -> source.nameOf(identity).stream())
			.findFirst()
			.orElseGet(() -> user.getFullName() == null ? "" : user.getFullName());
		return new CitizenOidcUser(user, new Citizen(identity, name, USERNAME), settings.identityClaim());
	}

}
