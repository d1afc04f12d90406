package se.samordna.access;

import java.util.UUID;

/**
 * Tells whether a unit has a relation to an individual that gives its staff a need to
 * read the individual's data. Modules that create such relations (a SIP's participants,
 * for example) implement this; {@link AccessControl} asks every implementation.
 */
public interface AccessRelationSource {

	boolean relates(UUID unitId, UUID individualId);

}
