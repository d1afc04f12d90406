package se.samordna.notifications;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.SamordnaApplication;
import se.samordna.TestLogins;
import se.samordna.directory.TestUnits;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingTime;
import se.samordna.meetings.Meetings;
import se.samordna.people.People;
import se.samordna.sip.Assessment;
import se.samordna.sip.ConsentGiver;
import se.samordna.sip.ConsentMethod;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;
import se.samordna.testdata.TestIndividuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox across a restart: the kallelse is saved, the application goes down before
 * anyone is told, and after the restart every invited unit is told exactly once — however
 * often the event is delivered again.
 */
class OutboxRestartTests {

	@TempDir
	Path data;

	ConfigurableApplicationContext running;

	@AfterEach
	void stop() {
		TestLogins.signOut();
		if (running != null) {
			running.close();
		}
	}

	ConfigurableApplicationContext start() {
		// arguments, not default properties: they must win over the tests' throw-away
		// data directory
		return new SpringApplicationBuilder(SamordnaApplication.class)
			.run("--samordna.embedded-database.data-directory=" + data.resolve("postgres"), "--server.port=0");
	}

	@Test
	void aKallelseSavedBeforeACrashIsDeliveredOnceAfterTheRestart() {
		running = start();
		JdbcClient jdbc = running.getBean(JdbcClient.class);
		TestLogins.signIn(running.getBean(UserDetailsService.class), "anna");
		Sips sips = running.getBean(Sips.class);
		var individuals = new TestIndividuals(running.getBean(People.class), running.getBean(Clock.class),
				running.getBean(UserDetailsService.class));
		Sip sip = sips.start(individuals.aged(16, "Alex", "Lindqvist").id(), new Assessment(Assessment.NoticedBy.SKOLA,
				Assessment.LegalTrack.SOL_HSL, Assessment.SipLevel.SIP, "Oro för skolgången."));
		sip = sips.recordConsent(sip.id(), sip.version(), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.ORAL,
				LocalDate.now(), Set.of(TestUnits.UPPSALA_KOMMUN, TestUnits.REGION_UPPSALA), null, null);

		// the crash: nothing can be told while the application is up
		jdbc.sql("""
				create function simulated_crash() returns trigger language plpgsql as
				$$ begin raise exception 'simulated crash before delivery'; end $$""").update();
		jdbc.sql("""
				create trigger simulated_crash before insert on inbox_message
				for each row execute function simulated_crash()""").update();
		LocalDateTime at = LocalDate.now().plusDays(10).atTime(LocalTime.of(9, 0));
		Meeting meeting = running.getBean(Meetings.class)
			.call(sip.id(), new Meeting.Call("Planera stödet", MeetingTime.of(at, 60, "Familjecentralen", null), "",
					"Välkommen!"), Set.of(TestUnits.VARDCENTRALEN_LINDGARDEN), Set.of());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					select count(*) from event_publication
					where event_type like '%MeetingCalled' and completion_date is null and status = 'FAILED'""")
				.query(Long.class)
				.single()).isEqualTo(1));
		assertThat(invitationsTo(jdbc, TestUnits.VARDCENTRALEN_LINDGARDEN, meeting.id())).isZero();
		jdbc.sql("drop trigger simulated_crash on inbox_message").update();
		TestLogins.signOut();
		running.close();

		running = start();
		JdbcClient afterRestart = running.getBean(JdbcClient.class);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(invitationsTo(afterRestart, TestUnits.VARDCENTRALEN_LINDGARDEN, meeting.id()))
						.isEqualTo(1));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(afterRestart.sql("""
					select count(*) from event_publication
					where event_type like '%MeetingCalled' and completion_date is null""").query(Long.class).single())
				.isZero());
		assertThat(mailTo(afterRestart, "lindgarden@example.se", meeting.id())).isEqualTo(1);

		// delivered again (another node restarting, say): still one message, one mail
		running.close();
		running = start();
		JdbcClient third = running.getBean(JdbcClient.class);
		// as a crash in the middle of delivery would leave it: published, never completed
		third.sql(
				"update event_publication set completion_date = null, status = 'PUBLISHED' where event_type like '%MeetingCalled'")
			.update();
		running.getBean(org.springframework.modulith.events.IncompleteEventPublications.class)
			.resubmitIncompletePublications(publication -> true);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(third.sql("""
					select count(*) from event_publication
					where event_type like '%MeetingCalled' and completion_date is null""").query(Long.class).single())
				.isZero());
		assertThat(invitationsTo(third, TestUnits.VARDCENTRALEN_LINDGARDEN, meeting.id())).isEqualTo(1);
		assertThat(mailTo(third, "lindgarden@example.se", meeting.id())).isEqualTo(1);
	}

	private static long invitationsTo(JdbcClient jdbc, UUID unit, UUID meetingId) {
		return jdbc.sql(
				"select count(*) from inbox_message where unit_id = ? and meeting_id = ? and kind = 'MEETING_INVITATION'")
			.params(unit, meetingId)
			.query(Long.class)
			.single();
	}

	private static long mailTo(JdbcClient jdbc, String address, UUID meetingId) {
		return jdbc.sql("select count(*) from outgoing_mail where recipient = ? and ics like ?")
			.params(address, "%" + meetingId + "%")
			.query(Long.class)
			.single();
	}

}
