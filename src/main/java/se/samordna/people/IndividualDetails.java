package se.samordna.people;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What staff say about an individual when registering or changing them.
 *
 * @param address null when unknown, or when the person has protected identity and the
 * form did not show it
 * @param listedCareUnitId the vårdcentral the person is listed at, if known
 */
public record IndividualDetails(String givenName, String familyName, @Nullable String phone, @Nullable String email,
		@Nullable Address address, @Nullable UUID listedCareUnitId, boolean protectedIdentity) {
}
