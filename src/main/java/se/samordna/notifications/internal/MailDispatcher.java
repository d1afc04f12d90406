package se.samordna.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, every half minute, on one node (ShedLock), each row locked
 * with {@code SKIP LOCKED}. With SMTP configured ({@code spring.mail.host}) mail goes
 * out; without it (demo mode) it is marked captured and shown on the admin page. A failed
 * send stays pending and is tried again; the log says which row failed, never to whom.
 */
@Component
public class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final int BATCH = 50;

	private static final int MAX_ATTEMPTS = 10;

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String from;

	MailDispatcher(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, TransactionTemplate transaction, Clock clock,
			@Value("${samordna.mail.from}") String from) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.transaction = transaction;
		this.clock = clock;
		this.from = from;
	}

	private record Pending(UUID id, String recipient, String subject, String body, @Nullable String ics,
			@Nullable String icsMethod) {
	}

	@Scheduled(initialDelayString = "PT20S", fixedDelayString = "${samordna.mail.dispatch-interval:PT30S}")
	@SchedulerLock(name = "mail-dispatch", lockAtMostFor = "PT5M")
	void scheduled() {
		dispatch();
	}

	/** Sends (or captures) what is pending. @return how many were delivered */
	public int dispatch() {
		Integer delivered = transaction.execute(status -> {
			List<Pending> pending = jdbc.sql("""
					select id, recipient, subject, body, ics, ics_method from outgoing_mail
					where sent_at is null and attempts < ?
					order by created_at limit ? for update skip locked""")
				.params(MAX_ATTEMPTS, BATCH)
				.query((rs, row) -> new Pending(rs.getObject("id", UUID.class), rs.getString("recipient"),
						rs.getString("subject"), rs.getString("body"), rs.getString("ics"), rs.getString("ics_method")))
				.list();
			JavaMailSender smtp = sender.getIfAvailable();
			int sent = 0;
			for (Pending mail : pending) {
				if (smtp == null) {
					markSent(mail.id(), "CAPTURED");
					sent++;
					continue;
				}
				try {
					smtp.send(message(smtp, mail));
					markSent(mail.id(), "SMTP");
					sent++;
				}
				catch (MailException | MessagingException e) {
					log.warn("Mail {} not sent: {}", mail.id(), e.getClass().getSimpleName());
					jdbc.sql("update outgoing_mail set attempts = attempts + 1, last_failure = ? where id = ?")
						.params(e.getClass().getSimpleName(), mail.id())
						.update();
				}
			}
			return sent;
		});
		return delivered == null ? 0 : delivered;
	}

	private void markSent(UUID id, String delivery) {
		jdbc.sql("update outgoing_mail set sent_at = ?, delivery = ?, attempts = attempts + 1 where id = ?")
			.params(Timestamp.from(Instant.now(clock)), delivery, id)
			.update();
	}

	private MimeMessage message(JavaMailSender smtp, Pending mail) throws MessagingException {
		MimeMessage message = smtp.createMimeMessage();
		message.setFrom(new InternetAddress(from));
		message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient()));
		message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
		var text = new MimeBodyPart();
		text.setText(mail.body(), StandardCharsets.UTF_8.name());
		if (mail.ics() == null) {
			message.setContent(new MimeMultipart(text));
			return message;
		}
		var calendar = new MimeBodyPart();
		calendar.setContent(mail.ics(), "text/calendar; charset=UTF-8; method=" + mail.icsMethod());
		calendar.setFileName("sip-mote.ics");
		message.setContent(new MimeMultipart(text, calendar));
		return message;
	}

}
