package se.samordna.access.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A young person's choice whether guardians may read their own preparation notes; no row
 * means no.
 */
@Component
public class CitizenSharing {

	private final JdbcClient jdbc;

	CitizenSharing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean guardiansSeeOwnNotes(UUID individualId) {
		return jdbc.sql("select guardians_see_own_notes from citizen_sharing where individual_id = ?")
			.param(individualId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	public void set(UUID individualId, boolean guardiansSeeOwnNotes, Instant now) {
		jdbc.sql("""
				insert into citizen_sharing (individual_id, guardians_see_own_notes, changed_at) values (?, ?, ?)
				on conflict (individual_id) do update
				set guardians_see_own_notes = excluded.guardians_see_own_notes, changed_at = excluded.changed_at""")
			.params(individualId, guardiansSeeOwnNotes, Timestamp.from(now))
			.update();
	}

}
