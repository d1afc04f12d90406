package se.samordna.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samordna.access.AccessRelationSource;
import se.samordna.access.CurrentUser;

/**
 * Care relations (vård- och ärenderelationer): a unit that has contact with an
 * individual. The first source of need-based access; SIP participation will be another.
 */
@Component
public class CareRelations implements AccessRelationSource {

	private final JdbcClient jdbc;

	private final Clock clock;

	CareRelations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean relates(UUID unitId, UUID individualId) {
		return jdbc.sql("""
				select exists (select 1 from care_relation
				               where unit_id = ? and individual_id = ? and ended_at is null)""")
			.params(unitId, individualId)
			.query(Boolean.class)
			.single();
	}

	/** One query for all of them. */
	@Override
	public Set<UUID> relatedAmong(UUID unitId, Collection<UUID> individualIds) {
		if (individualIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("""
				select individual_id from care_relation
				where unit_id = ? and individual_id = any(cast(? as uuid[])) and ended_at is null""")
			.params(unitId, individualIds.stream().map(UUID::toString).toArray(String[]::new))
			.query(UUID.class)
			.list());
	}

	/** Idempotent: an existing open relation is kept as it is. */
	public void establish(CurrentUser user, UUID individualId, String reason) {
		jdbc.sql("""
				insert into care_relation (id, individual_id, unit_id, established_at, established_by, reason)
				values (?, ?, ?, ?, ?, ?)
				on conflict (individual_id, unit_id) do nothing""")
			.params(UUID.randomUUID(), individualId, user.unitId(), java.sql.Timestamp.from(Instant.now(clock)),
					user.username(), reason)
			.update();
	}

}
