package se.samordna.access.internal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.samordna.access.Citizen;

/**
 * Signs in a citizen for service-level tests, with the same principal the log-in form
 * gives.
 */
public final class TestCitizens {

	private TestCitizens() {
	}

	public static void signIn(String username, String personalIdentity, String name) {
		var user = new CitizenUser(new Citizen(personalIdentity, name, username), null);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
