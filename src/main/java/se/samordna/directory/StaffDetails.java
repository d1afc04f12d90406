package se.samordna.directory;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What an admin says about a staff account. */
public record StaffDetails(String username, String displayName, @Nullable String title, UUID unitId,
		@Nullable String email, Set<Role> roles, boolean active) {

	/** Log-in names: lower-case letters, digits, dot, hyphen; 2–40 characters. */
	public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9.\\-]{1,39}";

}
