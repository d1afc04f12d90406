package se.samordna.portal.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan version each reader has acknowledged, so a newer one is shown with what
 * changed until they say they have seen it.
 */
@Component
public class SeenVersions {

	private final JdbcClient jdbc;

	SeenVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** 0 when they have seen none. */
	public int seen(UUID sipId, String citizenIdentity) {
		return jdbc.sql("select plan_version from portal_seen_version where sip_id = ? and citizen_identity = ?")
			.params(sipId, citizenIdentity)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/** Never goes back: an old tab cannot un-see a newer version. */
	public void markSeen(UUID sipId, String citizenIdentity, int version) {
		jdbc.sql("""
				insert into portal_seen_version (sip_id, citizen_identity, plan_version) values (?, ?, ?)
				on conflict (sip_id, citizen_identity) do update
				set plan_version = greatest(portal_seen_version.plan_version, excluded.plan_version)""")
			.params(sipId, citizenIdentity, version)
			.update();
	}

}
