package se.samordna.access;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

import se.samordna.directory.Role;

/**
 * The signed-in staff member, as read from the directory at log-in.
 *
 * @param unitName kept for the access log, so the row still says which unit after a
 * rename
 */
public record CurrentUser(UUID staffId, String username, String displayName, UUID unitId, String unitName,
		Set<Role> roles) implements Serializable {

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

}
