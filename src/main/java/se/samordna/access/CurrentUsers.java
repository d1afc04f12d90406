package se.samordna.access;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import se.samordna.access.internal.StaffPrincipal;

/** Finds the signed-in staff member of the current request. */
@Component
public class CurrentUsers {

	public Optional<CurrentUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
			return Optional.of(staff.currentUser());
		}
		return Optional.empty();
	}

	/** @throws AccessDeniedException when nobody is signed in */
	public CurrentUser current() {
		return find().orElseThrow(() -> new AccessDeniedException("no signed-in staff member"));
	}

}
