package se.samordna.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.access.CurrentUsers;

/** A unit's inbox: what the unit is to be told, newest first. */
@Service
public class UnitInbox {

	private final JdbcClient jdbc;

	private final CurrentUsers users;

	private final Clock clock;

	UnitInbox(JdbcClient jdbc, CurrentUsers users, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * One message: what kind, about which SIP, with a code for the detail (a closing
	 * reason). No personal data; the SIP page says who it is about, to those who may read
	 * it.
	 */
	public record Message(UUID id, ZonedDateTime at, String kind, UUID sipId, @Nullable UUID meetingId, String detail) {
	}

	/**
	 * Files a message for a unit; once per unit, kind and SIP, so a repeated event is no
	 * second message.
	 */
	@Transactional
	public void file(UUID unitId, String kind, UUID sipId, String detail, Instant at) {
		file(unitId, kind, sipId, null, detail, at, kind + ":" + sipId);
	}

	/**
	 * Files a message for a unit, once per unit and event key: a repeated event is no
	 * second message.
	 * @param eventKey what caused the message (ids and codes, never personal data)
	 */
	@Transactional
	public void file(UUID unitId, String kind, UUID sipId, @Nullable UUID meetingId, String detail, Instant at,
			String eventKey) {
		jdbc.sql("""
				insert into inbox_message (id, unit_id, kind, sip_id, meeting_id, detail, created_at, event_key)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (unit_id, event_key) do nothing""")
			.params(UUID.randomUUID(), unitId, kind, sipId, meetingId, detail, Timestamp.from(at), eventKey)
			.update();
	}

	/** The signed-in user's unit's messages, newest first. */
	@Transactional(readOnly = true)
	public List<Message> mine() {
		UUID unit = users.current().unitId();
		return jdbc.sql("""
				select id, created_at, kind, sip_id, meeting_id, detail from inbox_message
				where unit_id = ? order by created_at desc limit 200""")
			.param(unit)
			.query((rs, row) -> new Message(rs.getObject("id", UUID.class),
					rs.getTimestamp("created_at").toInstant().atZone(clock.getZone()), rs.getString("kind"),
					rs.getObject("sip_id", UUID.class), rs.getObject("meeting_id", UUID.class), rs.getString("detail")))
			.list();
	}

}
