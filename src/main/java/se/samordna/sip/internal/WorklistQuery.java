package se.samordna.sip.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samordna.access.PersonalDataSubject;
import se.samordna.sip.Assessment;
import se.samordna.sip.SipStatus;

/**
 * The SQL behind a unit's worklist: one statement for the rows, with the person's name
 * and what the access check needs, soonest follow-up first.
 */
@Component
public class WorklistQuery {

	/** At most this many rows; the filters narrow it down. */
	public static final int LIMIT = 200;

	private final JdbcClient jdbc;

	WorklistQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One row as read, before the access check. */
	public record Row(UUID sipId, UUID individualId, String name, SipStatus status, Assessment.SipLevel level,
			@Nullable LocalDate nextFollowUp, boolean coordinated, PersonalDataSubject subject) {
	}

	/** Which rows: the filter's condition on {@code s}, the sip row. */
	public enum Condition {

		OPEN("s.status <> 'CLOSED'"), WAITING_FOR_CONSENT("s.status = 'ASSESSED'"),
		NO_COORDINATOR("s.status <> 'CLOSED' and s.coordinator_staff_id is null"),
		FOLLOW_UP_WITHIN_30_DAYS(
				"s.status <> 'CLOSED' and s.next_follow_up between :today and cast(:today as date) + 30"),
		FOLLOW_UP_OVERDUE("s.status <> 'CLOSED' and s.next_follow_up < :today"), CLOSED("s.status = 'CLOSED'");

		private final String sql;

		Condition(String sql) {
			this.sql = sql;
		}

	}

	/**
	 * @param status only SIPs in this state, when given
	 * @param individualId only this person's SIPs, when given
	 */
	public List<Row> rows(UUID unitId, Condition condition, @Nullable SipStatus status, @Nullable UUID individualId,
			LocalDate today) {
		return jdbc.sql("""
				select s.id, s.individual_id, i.given_name || ' ' || i.family_name as name, i.protected_identity,
				       i.personal_identity,
				       s.status, s.assessment_level, s.next_follow_up, s.coordinator_staff_id is not null as coordinated
				from sip s join individual i on i.id = s.individual_id
				where (s.starting_unit_id = :unit or s.participants -> 'all' @> cast(:unitElement as jsonb))
				  and (cast(:individual as uuid) is null or s.individual_id = cast(:individual as uuid))
				  and (cast(:status as text) is null or s.status = cast(:status as text))
				  and %s
				order by s.next_follow_up nulls last, s.started_at desc
				limit %d""".formatted(condition.sql, LIMIT))
			.param("unit", unitId)
			.param("unitElement", ParticipatingUnit.probe(unitId))
			.param("individual", individualId)
			.param("status", status == null ? null : status.name())
			.param("today", today)
			.query((rs, row) -> {
				UUID individual = rs.getObject("individual_id", UUID.class);
				return new Row(rs.getObject("id", UUID.class), individual, rs.getString("name"),
						SipStatus.valueOf(rs.getString("status")),
						Assessment.SipLevel.valueOf(rs.getString("assessment_level")),
						rs.getObject("next_follow_up", LocalDate.class), rs.getBoolean("coordinated"),
						new PersonalDataSubject(individual, rs.getString("personal_identity"),
								rs.getBoolean("protected_identity")));
			})
			.list();
	}

}
