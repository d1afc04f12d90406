package se.samordna.access;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts access-log rows, for tests that prove a row was (or was not) written. */
public record AccessLogRows(JdbcClient jdbc) {

	public long count(String username, UUID individualId, String action, String outcome) {
		return jdbc.sql("""
				select count(*) from access_log
				where username = ? and individual_id = ? and action = ? and outcome = ?""")
			.params(username, individualId, action, outcome)
			.query(Long.class)
			.single();
	}

	public String lastRecord(String username, UUID individualId) {
		return jdbc.sql("""
				select record_type || ':' || record_id from access_log where username = ? and individual_id = ?
				order by id desc limit 1""").params(username, individualId).query(String.class).single();
	}

	public String lastReason(String username, UUID individualId) {
		return jdbc.sql("""
				select reason from access_log where username = ? and individual_id = ?
				order by id desc limit 1""").params(username, individualId).query(String.class).single();
	}

}
