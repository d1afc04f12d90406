package se.samordna.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.access.internal.AccessLog;

/**
 * Log review (loggkontroll): who read whose data, when and why. The review itself is
 * logged.
 */
@Service
public class AccessLogReview {

	/** More rows than a person can review on one page; narrow the filter instead. */
	public static final int MAX_ROWS = 500;

	private final JdbcClient jdbc;

	private final AccessLog log;

	private final CurrentUsers users;

	private final ZoneId zone;

	AccessLogReview(JdbcClient jdbc, AccessLog log, CurrentUsers users, Clock clock) {
		this.jdbc = jdbc;
		this.log = log;
		this.users = users;
		this.zone = clock.getZone();
	}

	/**
	 * @param personalIdentity twelve digits, already validated
	 * @param from first day, inclusive (Stockholm time)
	 * @param to last day, inclusive
	 */
	public record Filter(@Nullable String username, @Nullable String personalIdentity, @Nullable LocalDate from,
			@Nullable LocalDate to, boolean onlyProtected, boolean onlyRefused) {
	}

	public record Entry(long id, ZonedDateTime occurredAt, String username, @Nullable String unitName, String roles,
			@Nullable UUID individualId, @Nullable String personalIdentity, boolean protectedPerson, String recordType,
			@Nullable String recordId, @Nullable Integer recordVersion, String action, String purpose, String outcome,
			@Nullable String reason) {
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public List<Entry> search(Filter filter) {
		StringBuilder sql = new StringBuilder("""
				select id, occurred_at, username, unit_name, roles, individual_id, personal_identity,
				       protected_person, record_type, record_id, record_version, action, purpose, outcome, reason
				from access_log where true""");
		List<Object> params = new ArrayList<>();
		if (filter.username() != null && !filter.username().isBlank()) {
			sql.append(" and username = ?");
			params.add(filter.username().strip());
		}
		if (filter.personalIdentity() != null) {
			sql.append(" and personal_identity = ?");
			params.add(filter.personalIdentity());
		}
		if (filter.from() != null) {
			sql.append(" and occurred_at >= ?");
			params.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" and occurred_at < ?");
			params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (filter.onlyProtected()) {
			sql.append(" and protected_person");
		}
		if (filter.onlyRefused()) {
			sql.append(" and outcome = 'REFUSED'");
		}
		sql.append(" order by occurred_at desc, id desc limit ").append(MAX_ROWS);
		log.granted(users.current(), null, AccessedRecord.ofType("access_log"), AccessAction.REVIEW_LOG,
				Purpose.LOG_REVIEW);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant().atZone(zone),
					rs.getString("username"), rs.getString("unit_name"), rs.getString("roles"),
					rs.getObject("individual_id", UUID.class), rs.getString("personal_identity"),
					rs.getBoolean("protected_person"), rs.getString("record_type"), rs.getString("record_id"),
					rs.getObject("record_version", Integer.class), rs.getString("action"), rs.getString("purpose"),
					rs.getString("outcome"), rs.getString("reason")))
			.list();
	}

}
