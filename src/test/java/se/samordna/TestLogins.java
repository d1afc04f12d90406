package se.samordna;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
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

	/**
	 * Does something as another staff member, then gives the thread back to whoever was
	 * signed in before (or nobody).
	 */
	public static <T> T as(UserDetailsService logins, String username, Supplier<T> work) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
		try {
			signIn(logins, username);
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

}
