package se.samordna.sip.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import se.samordna.sip.FollowUp;
import se.samordna.sip.PlanVersion;
import se.samordna.sip.SipStep;

/** The SIP's append-only records: confirmed plan versions, follow-ups and the timeline. */
@Component
public class SipRecords {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SipRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public void store(PlanVersion version) {
		jdbc.sql("""
				insert into sip_plan_version (sip_id, number, kind, confirmed_by, confirmed_at, content)
				values (?, ?, ?, ?, ?, ?::jsonb)""")
			.params(version.sipId(), version.number(), version.kind().name(), version.confirmedBy(),
					Timestamp.from(version.confirmedAt()), json.writeValueAsString(version))
			.update();
	}

	public List<PlanVersion> versions(UUID sipId) {
		return jdbc.sql("select content from sip_plan_version where sip_id = ? order by number")
			.param(sipId)
			.query((rs, row) -> json.readValue(rs.getString(1), PlanVersion.class))
			.list();
	}

	public void store(UUID sipId, FollowUp followUp, UUID recordedBy, Instant at) {
		jdbc.sql("""
				insert into sip_follow_up (id, sip_id, recorded_by, recorded_at, content)
				values (?, ?, ?, ?, ?::jsonb)""")
			.params(UUID.randomUUID(), sipId, recordedBy, Timestamp.from(at), json.writeValueAsString(followUp))
			.update();
	}

	public List<FollowUp> followUps(UUID sipId) {
		return jdbc.sql("select content from sip_follow_up where sip_id = ? order by recorded_at")
			.param(sipId)
			.query((rs, row) -> json.readValue(rs.getString(1), FollowUp.class))
			.list();
	}

	public void step(UUID sipId, SipStep.Kind kind, UUID staffId, UUID unitId, Instant at) {
		jdbc.sql("insert into sip_step (sip_id, occurred_at, staff_id, unit_id, step) values (?, ?, ?, ?, ?)")
			.params(sipId, Timestamp.from(at), staffId, unitId, kind.name())
			.update();
	}

	public List<SipStep> timeline(UUID sipId) {
		return jdbc.sql("""
				select s.occurred_at, s.step, a.display_name, u.name
				from sip_step s join staff_account a on a.id = s.staff_id join unit u on u.id = s.unit_id
				where s.sip_id = ? order by s.occurred_at, s.id""")
			.param(sipId)
			.query((rs, row) -> new SipStep(rs.getTimestamp(1).toInstant(), SipStep.Kind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4)))
			.list();
	}

}
