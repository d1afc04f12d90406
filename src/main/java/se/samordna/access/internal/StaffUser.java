package se.samordna.access.internal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import se.samordna.access.CurrentUser;

/** A staff member signed in with the demo form log-in. */
record StaffUser(CurrentUser currentUser, @Nullable String password,
		boolean enabled) implements UserDetails, StaffPrincipal {

	static List<GrantedAuthority> authorities(CurrentUser user) {
		return Stream
			.concat(Stream.of(SecurityConfiguration.STAFF_AUTHORITY), user.roles().stream().map(role -> "ROLE_" + role))
			.map(authority -> (GrantedAuthority) new SimpleGrantedAuthority(authority))
			.toList();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities(currentUser);
	}

	@Override
	public @Nullable String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return currentUser.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public String toString() {
		return "StaffUser[" + currentUser.username() + "]";
	}

}
