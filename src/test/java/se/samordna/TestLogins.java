package se.samordna;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs in a demo staff member for service-level tests, the same way the log-in form
 * does.
 */
public final class TestLogins {

	private TestLogins() {
	}

	public static void signIn(UserDetailsService logins, String username) {
		UserDetails user = logins.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
