package se.samordna.sip;

import java.util.UUID;

/**
 * A staff member who might be chosen as coordinator (samordningsansvarig), with what the
 * rule needs to know of them: whether the account is active and whether their unit
 * belongs to a kommun or a region. {@link Sip#mayCoordinate} decides; every page and
 * entry point asks it.
 */
public record CoordinatorCandidate(UUID staffId, UUID unitId, boolean active, boolean ofPrincipal) {

	Coordinator coordinator() {
		return new Coordinator(staffId, unitId);
	}

}
