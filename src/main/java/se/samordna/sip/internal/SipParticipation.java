package se.samordna.sip.internal;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samordna.access.AccessRelationSource;
import se.samordna.access.RecordAccessSource;

/**
 * Tells access who takes part in a SIP: its starting unit and every participating unit.
 * Such a unit may read the SIP, and has a relation to the individual.
 */
@Component
class SipParticipation implements RecordAccessSource, AccessRelationSource {

	static final String RECORD_TYPE = "sip";

	private final JdbcClient jdbc;

	SipParticipation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String recordType() {
		return RECORD_TYPE;
	}

	@Override
	public boolean unitTakesPart(UUID unitId, String recordId) {
		return jdbc.sql("""
				select exists (select 1 from sip where id = ?::uuid
				               and (starting_unit_id = ? or participants -> 'all' @> ?::jsonb))""")
			.params(recordId, unitId, ParticipatingUnit.probe(unitId))
			.query(Boolean.class)
			.single();
	}

	@Override
	public boolean relates(UUID unitId, UUID individualId) {
		return jdbc.sql("""
				select exists (select 1 from sip where individual_id = ?
				               and (starting_unit_id = ? or participants -> 'all' @> ?::jsonb))""")
			.params(individualId, unitId, ParticipatingUnit.probe(unitId))
			.query(Boolean.class)
			.single();
	}

	/** One query for all of them. */
	@Override
	public Set<String> takingPartAmong(UUID unitId, Collection<String> recordIds) {
		if (recordIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("""
				select cast(id as text) from sip where id = any(cast(? as uuid[]))
				and (starting_unit_id = ? or participants -> 'all' @> cast(? as jsonb))""")
			.params(recordIds.toArray(String[]::new), unitId, ParticipatingUnit.probe(unitId))
			.query(String.class)
			.list());
	}

	/** One query for all of them. */
	@Override
	public Set<UUID> relatedAmong(UUID unitId, Collection<UUID> individualIds) {
		if (individualIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("""
				select distinct individual_id from sip where individual_id = any(cast(? as uuid[]))
				and (starting_unit_id = ? or participants -> 'all' @> cast(? as jsonb))""")
			.params(individualIds.stream().map(UUID::toString).toArray(String[]::new), unitId,
					ParticipatingUnit.probe(unitId))
			.query(UUID.class)
			.list());
	}

}
