package se.samordna.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

import se.samordna.access.CitizenLogins;

/**
 * Starts the citizens' OIDC flow and brings the IdP's answer back through the citizens'
 * own door ({@code /mina-sidor/login/oauth2/code/…}), whatever redirect URI the
 * registration was given: the staff door would otherwise take the answer.
 */
class CitizenAuthorizationRequests implements OAuth2AuthorizationRequestResolver {

	static final String CALLBACK = "/mina-sidor/login/oauth2/code/";

	private static final String STAFF_CALLBACK = "/login/oauth2/code/";

	private final DefaultOAuth2AuthorizationRequestResolver delegate;

	CitizenAuthorizationRequests(ClientRegistrationRepository registrations) {
		this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, CitizenLogins.AUTHORIZATION_BASE);
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		return throughCitizensDoor(delegate.resolve(request));
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
		return throughCitizensDoor(delegate.resolve(request, registrationId));
	}

	private static @Nullable OAuth2AuthorizationRequest throughCitizensDoor(
			@Nullable OAuth2AuthorizationRequest request) {
		if (request == null || request.getRedirectUri().contains(CALLBACK)) {
			return request;
		}
		return OAuth2AuthorizationRequest.from(request)
			.redirectUri(request.getRedirectUri().replace(STAFF_CALLBACK, CALLBACK))
			.build();
	}

}
