package se.samordna.access.internal;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import se.samordna.access.Citizen;

/** A citizen signed in with the demo form log-in. */
record CitizenUser(Citizen citizen, @Nullable String password) implements UserDetails, CitizenPrincipal {

	static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority(AUTHORITY));

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return AUTHORITIES;
	}

	@Override
	public @Nullable String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return citizen.username();
	}

	@Override
	public String toString() {
		return "CitizenUser[" + citizen.username() + "]";
	}

}
