package se.samordna.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.TestLogins;
import se.samordna.directory.TestUnits;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingTime;
import se.samordna.meetings.Meetings;
import se.samordna.notifications.internal.MailDispatcher;
import se.samordna.people.Individual;
import se.samordna.people.Relation;
import se.samordna.sip.Assessment;
import se.samordna.sip.ConsentGiver;
import se.samordna.sip.ConsentMethod;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;
import se.samordna.testdata.TestIndividuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real SMTP, into GreenMail: what leaves Samordna by mail names nobody. */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
@Import(TestIndividuals.class)
class MailOverSmtpTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Sips sips;

	@Autowired
	Meetings meetings;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	UserDetailsService logins;

	@Autowired
	TestIndividuals individuals;

	@AfterEach
	void signOut() {
		TestLogins.signOut();
	}

	@Test
	void aKallelseByMailSaysOnlyThatSomethingHappenedAndCarriesTheCalendarFile() throws Exception {
		TestLogins.signIn(logins, "anna");
		Individual alex = individuals.child(16, "Alex", "Lindqvist", "Maria Lindqvist");
		Relation maria = TestIndividuals.relation(alex, "Maria Lindqvist");
		Sip sip = sips.start(alex.id(), new Assessment(Assessment.NoticedBy.SKOLA, Assessment.LegalTrack.SOL_HSL,
				Assessment.SipLevel.SIP, "Skolfrånvaro, ångest och sömnproblem."));
		sip = sips.recordConsent(sip.id(), sip.version(), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.ORAL,
				LocalDate.now(), Set.of(TestUnits.UPPSALA_KOMMUN, TestUnits.REGION_UPPSALA), null, null);
		Meeting meeting = meetings.call(sip.id(),
				new Meeting.Call("Planera stöd för Alex ångest",
						MeetingTime.of(LocalDate.now().plusDays(7).atTime(LocalTime.of(13, 0)), 60, "Familjecentralen",
								null),
						"", "Hej Alex Lindqvist!"),
				Set.of(TestUnits.VARDCENTRALEN_LINDGARDEN), Set.of(maria.id().toString()));

		String uid = "UID:" + meeting.id() + "@samordna";
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			dispatcher.dispatch();
			assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> calendarOf(m).contains(uid))).hasSize(2);
		});
		// every mail that left names nobody
		for (MimeMessage message : smtp.getReceivedMessages()) {
			var parts = (MimeMultipart) message.getContent();
			// decoded, so that an encoded body cannot hide a name
			String text = (String) parts.getBodyPart(0).getContent();
			String raw = GreenMailUtil.getWholeMessage(message) + text + calendarOf(message);
			assertThat(raw).doesNotContain("Alex", "Lindqvist", "Maria", "Gunnar", "ångest", "Skolfrånvaro",
					alex.personnummer().digits(), alex.personnummer().formatted(), "Planera");
			assertThat(message.getSubject()).isEqualTo("Ny händelse i Samordna");
			assertThat(text).contains("Du har en ny händelse i Samordna", "http://localhost:8080/");
		}
		List<MimeMessage> kallelser = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> calendarOf(m).contains(uid))
			.toList();
		assertThat(kallelser.stream().flatMap(m -> Arrays.stream(addresses(m))))
			.containsExactlyInAnyOrder("lindgarden@example.se", maria.email());
		for (MimeMessage kallelse : kallelser) {
			var calendar = ((MimeMultipart) kallelse.getContent()).getBodyPart(1);
			assertThat(calendar.getContentType()).contains("text/calendar").contains("method=REQUEST");
			assertThat(calendarOf(kallelse)).contains("SUMMARY:SIP-möte", "SEQUENCE:0");
		}
	}

	/** The decoded calendar part, or nothing when the mail has none. */
	private static String calendarOf(MimeMessage message) {
		try {
			var parts = (MimeMultipart) message.getContent();
			if (parts.getCount() < 2) {
				return "";
			}
			return new String(parts.getBodyPart(1).getInputStream().readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String[] addresses(MimeMessage message) {
		try {
			return Arrays.stream(message.getAllRecipients()).map(Object::toString).toArray(String[]::new);
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

}
