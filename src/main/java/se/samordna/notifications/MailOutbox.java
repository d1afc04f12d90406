package se.samordna.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail waiting to go out. A notice is queued in the same transaction as the inbox message
 * it belongs to, once per event key; the dispatcher sends it later. The text is always
 * the same: something happened, log in to see it. No name, personnummer, diagnosis or
 * purpose ever goes by mail; a meeting's calendar file says "SIP-möte" and where.
 */
@Service
public class MailOutbox {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	private final String publicUrl;

	MailOutbox(JdbcClient jdbc, MessageSource messages, Clock clock,
			@Value("${samordna.public-url}") String publicUrl) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** Who a notice is for: staff are sent to their inbox, others to the start page. */
	public enum Audience {

		STAFF, PERSON

	}

	/**
	 * @param eventKey what caused the mail and for whom (ids only): the same key is never
	 * sent twice
	 * @param icsMethod REQUEST or CANCEL when a calendar file goes with it
	 */
	@Transactional
	public void queue(String eventKey, String recipient, Audience audience, @Nullable String ics,
			@Nullable String icsMethod) {
		String link = publicUrl + (audience == Audience.STAFF ? "/inkorg" : "/");
		String subject = messages.getMessage("mail.subject", null, SWEDISH);
		String body = messages.getMessage("mail.body", new Object[] { link }, SWEDISH);
		jdbc.sql("""
				insert into outgoing_mail (id, event_key, recipient, subject, body, ics, ics_method, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (event_key) do nothing""")
			.params(UUID.randomUUID(), eventKey, recipient, subject, body, ics, icsMethod,
					Timestamp.from(Instant.now(clock)))
			.update();
	}

	/** One mail as the admin page shows it. */
	public record Mail(UUID id, ZonedDateTime createdAt, String recipient, String subject, String body,
			@Nullable String ics, @Nullable ZonedDateTime sentAt, @Nullable String delivery, int attempts) {
	}

	/**
	 * The latest mail, newest first, for the admin page (in demo mode: the captured
	 * mail).
	 */
	@Transactional(readOnly = true)
	public List<Mail> latest(int limit) {
		return jdbc.sql("""
				select id, created_at, recipient, subject, body, ics, sent_at, delivery, attempts
				from outgoing_mail order by created_at desc, event_key limit ?""")
			.param(limit)
			.query((rs, row) -> new Mail(rs.getObject("id", UUID.class),
					rs.getTimestamp("created_at").toInstant().atZone(clock.getZone()), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body"), rs.getString("ics"),
					rs.getTimestamp("sent_at") == null ? null
							: rs.getTimestamp("sent_at").toInstant().atZone(clock.getZone()),
					rs.getString("delivery"), rs.getInt("attempts")))
			.list();
	}

}
