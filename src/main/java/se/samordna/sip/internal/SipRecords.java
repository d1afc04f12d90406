package se.samordna.sip.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import se.samordna.access.Standing;
import se.samordna.sip.FollowUp;
import se.samordna.sip.IndividualComment;
import se.samordna.sip.PlanDelivery;
import se.samordna.sip.PlanVersion;
import se.samordna.sip.SipStep;

/**
 * The SIP's append-only records: confirmed plan versions, follow-ups and the timeline.
 */
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

	/**
	 * A step taken by the person, or a guardian or representative, on their own pages.
	 */
	public void stepByCitizen(UUID sipId, SipStep.Kind kind, Standing by, Instant at) {
		jdbc.sql("insert into sip_step (sip_id, occurred_at, by_citizen, step) values (?, ?, ?, ?)")
			.params(sipId, Timestamp.from(at), by.name(), kind.name())
			.update();
	}

	public List<SipStep> timeline(UUID sipId) {
		return jdbc.sql("""
				select s.occurred_at, s.step, a.display_name, u.name, s.by_citizen
				from sip_step s left join staff_account a on a.id = s.staff_id left join unit u on u.id = s.unit_id
				where s.sip_id = ? order by s.occurred_at, s.id""")
			.param(sipId)
			.query((rs, row) -> new SipStep(rs.getTimestamp(1).toInstant(), SipStep.Kind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4),
					rs.getString(5) == null ? null : Standing.valueOf(rs.getString(5))))
			.list();
	}

	public void store(IndividualComment comment) {
		jdbc.sql("""
				insert into sip_comment (id, sip_id, plan_version, goal, text, written_by, written_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(comment.id(), comment.sipId(), comment.planVersion(), comment.goal(), comment.text(),
					comment.writtenBy().name(), Timestamp.from(comment.writtenAt()))
			.update();
	}

	/** The person's comments, newest first. */
	public List<IndividualComment> comments(UUID sipId) {
		return jdbc.sql("""
				select id, sip_id, plan_version, goal, text, written_by, written_at from sip_comment
				where sip_id = ? order by written_at desc, id""")
			.param(sipId)
			.query((rs, row) -> new IndividualComment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getInt(3), rs.getString(4), rs.getString(5), Standing.valueOf(rs.getString(6)),
					rs.getTimestamp(7).toInstant()))
			.list();
	}

	public void store(UUID sipId, PlanDelivery.Given given) {
		jdbc.sql("""
				insert into sip_plan_delivery (sip_id, plan_version, delivery, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?)""")
			.params(sipId, given.planVersion(), given.delivery().name(), given.recordedBy(), Timestamp.from(given.at()))
			.update();
	}

	/** Per plan version, whether and how the person got it. */
	public Map<Integer, PlanDelivery.Given> deliveries(UUID sipId) {
		return jdbc.sql("""
				select plan_version, delivery, recorded_by, recorded_at from sip_plan_delivery where sip_id = ?""")
			.param(sipId)
			.query((rs, row) -> new PlanDelivery.Given(rs.getInt(1), PlanDelivery.valueOf(rs.getString(2)),
					rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(PlanDelivery.Given::planVersion, given -> given));
	}

}
