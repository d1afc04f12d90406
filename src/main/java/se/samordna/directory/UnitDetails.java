package se.samordna.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an admin or an import says about a unit. Checked by {@link Unit}.
 *
 * @param hsaId optional, e.g. {@code SE2321000016-1234}
 */
public record UnitDetails(UUID organisationId, String name, UnitKind kind, @Nullable String hsaId,
		@Nullable String phone, @Nullable String email) {

	/**
	 * HSA-id: the country code SE, the issuing organisation's ten digits, a hyphen, a
	 * local part.
	 */
	public static final String HSA_ID_PATTERN = "SE\\d{10}-[A-Za-z0-9]{1,20}";

	public static boolean isValidHsaId(@Nullable String hsaId) {
		return hsaId == null || hsaId.isBlank() || hsaId.strip().matches(HSA_ID_PATTERN);
	}

}
