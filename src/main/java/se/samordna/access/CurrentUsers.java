package se.samordna.access;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import se.samordna.access.internal.CitizenPrincipal;
import se.samordna.access.internal.StaffPrincipal;

/** Finds the signed-in staff member, or citizen, of the current request. */
@Component
public class CurrentUsers {

	public Optional<CurrentUser> find() {
		if (principal() instanceof StaffPrincipal staff) {
			return Optional.of(staff.currentUser());
		}
		return Optional.empty();
	}

	/**
	 * @throws AccessDeniedException when no staff member is signed in
	 */
	public CurrentUser current() {
		return find().orElseThrow(() -> new AccessDeniedException("no signed-in staff member"));
	}

	public Optional<Citizen> findCitizen() {
		if (principal() instanceof CitizenPrincipal citizen) {
			return Optional.of(citizen.citizen());
		}
		return Optional.empty();
	}

	/**
	 * @throws AccessDeniedException when no citizen is signed in
	 */
	public Citizen citizen() {
		return findCitizen().orElseThrow(() -> new AccessDeniedException("no signed-in citizen"));
	}

	private static @Nullable Object principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? null : authentication.getPrincipal();
	}

}
