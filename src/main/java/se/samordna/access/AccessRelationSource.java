package se.samordna.access;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tells whether a unit has a relation to an individual that gives its staff a need to
 * read the individual's data. Modules that create such relations (a SIP's participants,
 * for example) implement this; {@link AccessControl} asks every implementation.
 */
public interface AccessRelationSource {

	boolean relates(UUID unitId, UUID individualId);

	/**
	 * Of these individuals, those the unit has a relation to: the decision for a list of
	 * records at once. A source that asks the database overrides this with one query.
	 */
	default Set<UUID> relatedAmong(UUID unitId, Collection<UUID> individualIds) {
		return individualIds.stream().filter(id -> relates(unitId, id)).collect(Collectors.toSet());
	}

}
