package se.samordna.access.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samordna.access.Citizen;
import se.samordna.access.CitizenRelation;
import se.samordna.access.CitizenRelationSource;
import se.samordna.access.CitizenRight;
import se.samordna.access.CitizenStanding;

/**
 * Turns what the person register knows about a citizen into their standings and rights.
 */
@Component
public class CitizenAccess {

	private final List<CitizenRelationSource> sources;

	private final CitizenSharing sharing;

	CitizenAccess(List<CitizenRelationSource> sources, CitizenSharing sharing) {
		this.sources = sources;
		this.sharing = sharing;
	}

	/**
	 * Only standings that let the citizen see something; the individual themself first.
	 */
	public List<CitizenStanding> standings(Citizen citizen) {
		return sources.stream()
			.flatMap(source -> source.relationsOf(citizen.personalIdentity()).stream())
			.map(relation -> standing(citizen, relation))
			.filter(standing -> standing.may(CitizenRight.VIEW))
			.sorted((a, b) -> a.standing().compareTo(b.standing()))
			.toList();
	}

	public boolean sharedWithGuardians(UUID individualId) {
		return sharing.guardiansSeeOwnNotes(individualId);
	}

	public void share(UUID individualId, boolean share, Instant now) {
		sharing.set(individualId, share, now);
	}

	private CitizenStanding standing(Citizen citizen, CitizenRelation relation) {
		UUID individualId = relation.subject().individualId();
		Set<CitizenRight> rights = CitizenRights.of(relation, sharing.guardiansSeeOwnNotes(individualId));
		return new CitizenStanding(citizen, relation.subject(), relation.individualName(), relation.standing(), rights);
	}

}
