package se.samordna.statistics;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whose work the figures are about: the whole county (both null), a principal, or one
 * unit.
 */
public record Scope(@Nullable UUID organisationId, @Nullable UUID unitId) {

	public static final Scope COUNTY = new Scope(null, null);

	public static Scope unit(UUID organisationId, UUID unitId) {
		return new Scope(organisationId, unitId);
	}

	public boolean isCounty() {
		return organisationId == null && unitId == null;
	}

}
