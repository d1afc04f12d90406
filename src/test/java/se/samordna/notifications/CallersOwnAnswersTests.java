package se.samordna.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.directory.TestUnits;
import se.samordna.meetings.Answer;
import se.samordna.meetings.Invitation;
import se.samordna.meetings.InviteeKind;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingTime;
import se.samordna.meetings.Meetings;
import se.samordna.people.Individual;
import se.samordna.sip.Assessment;
import se.samordna.sip.ConsentGiver;
import se.samordna.sip.ConsentMethod;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;
import se.samordna.testdata.TestIndividuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The caller hears the answers others give, and not the ones the caller's own unit
 * recorded for the person: those are no news to it, in the inbox or by mail.
 */
@IntegrationTest
class CallersOwnAnswersTests {

	@Autowired
	Sips sips;

	@Autowired
	Meetings meetings;

	@Autowired
	TestIndividuals individuals;

	@Autowired
	UserDetailsService logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		TestLogins.signOut();
	}

	long noticesOf(UUID invitationId) {
		return jdbc.sql("select count(*) from inbox_message where event_key like ?")
			.param("answer:" + invitationId + ":%")
			.query(Long.class)
			.single()
				+ jdbc.sql("select count(*) from outgoing_mail where event_key like ?")
					.param("answer:" + invitationId + ":%")
					.query(Long.class)
					.single();
	}

	/** Whether every listener has finished with the events naming this invitation. */
	boolean delivered(UUID invitationId) {
		return jdbc.sql("""
				select count(*) filter (where completion_date is null) = 0 and count(*) > 0
				from event_publication where serialized_event like ?""")
			.param("%" + invitationId + "%")
			.query(Boolean.class)
			.single();
	}

	@Test
	void anAnswerTheCallerRecordedForThePersonIsNotSentBackToTheCaller() {
		TestLogins.signIn(logins, "anna");
		Individual person = individuals.adult("Signe", "Svarsson");
		Sip sip = sips.start(person.id(), new Assessment(Assessment.NoticedBy.SOCIALTJANST,
				Assessment.LegalTrack.SOL_HSL, Assessment.SipLevel.SIP, "Behov av samordning."));
		sip = sips.recordConsent(sip.id(), sip.version(), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.ORAL,
				LocalDate.now(clock), Set.of(TestUnits.UPPSALA_KOMMUN, TestUnits.REGION_UPPSALA), null, null);
		Meeting meeting = meetings.call(sip.id(),
				new Meeting.Call("Planera",
						MeetingTime.of(LocalDate.now(clock).plusDays(10).atTime(LocalTime.of(9, 0)), 60, "Stadshuset",
								null),
						"", "Hej!"),
				Set.of(TestUnits.VARDCENTRALEN_LINDGARDEN), Set.of(Meetings.INDIVIDUAL));
		UUID persons = meeting.invitations()
			.stream()
			.filter(i -> i.invitee().kind() == InviteeKind.INDIVIDUAL)
			.map(Invitation::invitationId)
			.findFirst()
			.orElseThrow();
		UUID vardcentralens = meeting.invitationFor(TestUnits.VARDCENTRALEN_LINDGARDEN).orElseThrow().invitationId();

		// anna records what Signe said on the phone
		meetings.answer(sip.id(), meeting.id(), persons, Answer.ACCEPTED, "Signe", null);
		TestLogins.signIn(logins, "erik");
		meetings.answer(sip.id(), meeting.id(), vardcentralens, Answer.ACCEPTED, "Erik Holmgren", null);

		await().atMost(Duration.ofSeconds(10)).until(() -> noticesOf(vardcentralens) == 2);
		await().atMost(Duration.ofSeconds(10)).until(() -> delivered(persons));
		assertThat(noticesOf(persons)).isZero();
	}

}
