package se.samordna.meetings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.IntegrationTest;
import se.samordna.TestClock;
import se.samordna.TestLogins;
import se.samordna.directory.TestStaff;
import se.samordna.directory.TestUnits;
import se.samordna.notifications.UnitInbox;
import se.samordna.notifications.internal.MailDispatcher;
import se.samordna.people.Individual;
import se.samordna.platform.NotFoundException;
import se.samordna.platform.UserFacingException;
import se.samordna.sip.Assessment;
import se.samordna.sip.ConsentGiver;
import se.samordna.sip.ConsentMethod;
import se.samordna.sip.PlanContent;
import se.samordna.sip.Sip;
import se.samordna.sip.SipStatus;
import se.samordna.sip.Sips;
import se.samordna.testdata.TestIndividuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MeetingsTests {

	@Autowired
	Meetings meetings;

	@Autowired
	Sips sips;

	@Autowired
	UnitInbox inbox;

	@Autowired
	MailDispatcher mail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	@Autowired
	TestIndividuals individuals;

	/** 16, with his mother as guardian; known to anna's unit and to BUP. */
	Individual alex;

	/** How a meeting invites his mother. */
	String maria;

	String mariasEmail;

	@BeforeEach
	void registerAlex() {
		TestLogins.signIn(logins, "anna");
		alex = individuals.alsoKnownBy(individuals.child(16, "Alex", "Lindqvist", "Maria Lindqvist"), "bodil");
		maria = TestIndividuals.invitee(alex, "Maria Lindqvist");
		mariasEmail = TestIndividuals.relation(alex, "Maria Lindqvist").email();
		TestLogins.signOut();
	}

	@AfterEach
	void cleanUp() {
		TestLogins.signOut();
		clock.reset();
	}

	/**
	 * Alex's SIP, started by anna, consented by Alex for his kommun, his region and
	 * Försäkringskassan.
	 */
	Sip consentedSip() {
		TestLogins.signIn(logins, "anna");
		Sip sip = sips.start(alex.id(), new Assessment(Assessment.NoticedBy.SKOLA, Assessment.LegalTrack.SOL_HSL,
				Assessment.SipLevel.SIP, "Skolfrånvaro och oro."));
		return sips.recordConsent(sip.id(), sip.version(), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.ORAL,
				LocalDate.now(clock),
				Set.of(TestUnits.UPPSALA_KOMMUN, TestUnits.REGION_UPPSALA, TestUnits.FORSAKRINGSKASSAN), null, null);
	}

	Meeting.Call call(int daysAhead) {
		LocalDateTime at = LocalDate.now(clock).plusDays(daysAhead).atTime(LocalTime.of(9, 0));
		return new Meeting.Call("Planera stöd kring skolan för Alex",
				MeetingTime.of(at, 90, "Familjecentralen, rum 2", "https://video.example/sip-rum"), "",
				"Hej Alex! Vi ses för att planera tillsammans med dig.");
	}

	Meeting callEriksFkAndMaria(Sip sip, int daysAhead) {
		return meetings.call(sip.id(), call(daysAhead),
				Set.of(TestUnits.VARDCENTRALEN_LINDGARDEN, TestUnits.FORSAKRINGSKASSAN_UPPSALA),
				Set.of(Meetings.INDIVIDUAL, maria));
	}

	@Test
	void noInvitationBeforeConsent() {
		TestLogins.signIn(logins, "anna");
		Sip sip = sips.start(alex.id(), new Assessment(Assessment.NoticedBy.SKOLA, Assessment.LegalTrack.SOL_HSL,
				Assessment.SipLevel.SIP, "Oro."));
		assertThatThrownBy(
				() -> meetings.call(sip.id(), call(10), Set.of(TestUnits.VARDCENTRALEN_LINDGARDEN), Set.of()))
			.isInstanceOfSatisfying(UserFacingException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("sip.refused.callMeeting"));
		assertThat(jdbc.sql("select count(*) from meeting where sip_id = ?").param(sip.id()).query(Long.class).single())
			.isZero();
		assertThat(sips.view(sip.id()).participants()).hasSize(1);
	}

	@Test
	void callingInvitesUnitsWithinTheConsentAndMovesTheSipToInvited() {
		Sip sip = consentedSip();
		Meeting meeting = callEriksFkAndMaria(sip, 10);

		Sip after = sips.view(sip.id());
		assertThat(after.status()).isEqualTo(SipStatus.INVITED);
		assertThat(after.involvesUnit(TestUnits.VARDCENTRALEN_LINDGARDEN)).isTrue();
		assertThat(after.involvesUnit(TestUnits.FORSAKRINGSKASSAN_UPPSALA)).isTrue();
		assertThat(after.participants()).anySatisfy(p -> assertThat(p.name()).isEqualTo("Maria Lindqvist"));
		assertThat(meeting.kind()).isEqualTo(MeetingKind.FIRST);
		assertThat(meeting.invitations()).extracting(i -> i.invitee().kind())
			.containsExactlyInAnyOrder(InviteeKind.UNIT, InviteeKind.UNIT, InviteeKind.INDIVIDUAL,
					InviteeKind.GUARDIAN);

		// a unit outside the consent is refused, next to the field, and nothing is called
		assertThatThrownBy(
				() -> meetings.call(sip.id(), call(12), Set.of(TestUnits.BISTANDSENHETEN_ENKOPING), Set.of()))
			.isInstanceOfSatisfying(UserFacingException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("sip.participant.outsideConsent"));
		assertThat(meetings.meetingsOf(sip.id())).hasSize(1);

		TestLogins.signIn(logins, "erik");
		await().atMost(Duration.ofSeconds(10))
			.pollInSameThread()
			.untilAsserted(() -> assertThat(inbox.mine()).anySatisfy(message -> {
				assertThat(message.kind()).isEqualTo("MEETING_INVITATION");
				assertThat(message.meetingId()).isEqualTo(meeting.id());
			}));
	}

	@Test
	void theCallerHearsEachAnswerAndSeesWhoComes() {
		Sip sip = consentedSip();
		Meeting meeting = callEriksFkAndMaria(sip, 10);

		TestLogins.signIn(logins, "erik");
		UUID eriks = meetings.meeting(sip.id(), meeting.id())
			.invitationFor(TestUnits.VARDCENTRALEN_LINDGARDEN)
			.orElseThrow()
			.invitationId();
		meetings.answer(sip.id(), meeting.id(), eriks, Answer.ACCEPTED, "Erik Holmgren", null);
		TestLogins.signIn(logins, "frida");
		UUID fks = meeting.invitationFor(TestUnits.FORSAKRINGSKASSAN_UPPSALA).orElseThrow().invitationId();
		meetings.answer(sip.id(), meeting.id(), fks, Answer.DECLINED, null, "Ärendet är avslutat hos oss.");

		TestLogins.signIn(logins, "anna");
		Meeting seen = meetings.meeting(sip.id(), meeting.id());
		assertThat(seen.invitations()).extracting(Invitation::answer)
			.containsExactlyInAnyOrder(Answer.ACCEPTED, Answer.DECLINED, Answer.NONE, Answer.NONE);
		await().atMost(Duration.ofSeconds(10))
			.pollInSameThread()
			.untilAsserted(
					() -> assertThat(inbox.mine()).filteredOn(message -> meeting.id().equals(message.meetingId()))
						.extracting(UnitInbox.Message::detail)
						.contains("ACCEPTED", "DECLINED"));
	}

	@Test
	void aUnitOutsideTheSipCannotSeeOrAnswerItsInvitation() throws Exception {
		Sip sip = consentedSip();
		Meeting meeting = callEriksFkAndMaria(sip, 10);
		UUID eriks = meeting.invitationFor(TestUnits.VARDCENTRALEN_LINDGARDEN).orElseThrow().invitationId();

		TestLogins.signIn(logins, "olle");
		assertThatThrownBy(() -> meetings.meeting(sip.id(), meeting.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> meetings.answer(sip.id(), meeting.id(), eriks, Answer.ACCEPTED, "Olle", null))
			.isInstanceOf(NotFoundException.class);
		// a BUP unit that knows Alex, but takes no part in this SIP
		TestLogins.signIn(logins, "bodil");
		assertThatThrownBy(() -> meetings.meeting(sip.id(), meeting.id())).isInstanceOf(NotFoundException.class);
		TestLogins.signOut();

		var olle = user(logins.loadUserByUsername("olle"));
		String page = "/sip/" + sip.id() + "/moten/" + meeting.id();
		mvc.perform(get(page).with(olle)).andExpect(status().isNotFound());
		mvc.perform(get(page + "/kalender.ics").with(olle)).andExpect(status().isNotFound());
		mvc.perform(get(page + "/for-den-enskilde").with(olle)).andExpect(status().isNotFound());
		mvc.perform(post(page + "/svar").with(olle)
			.with(csrf())
			.param("invitationId", eriks.toString())
			.param("answer", "ACCEPTED")
			.param("attendees", "Olle")).andExpect(status().isNotFound());

		TestLogins.signIn(logins, "anna");
		assertThat(meetings.meeting(sip.id(), meeting.id())
			.invitationFor(TestUnits.VARDCENTRALEN_LINDGARDEN)
			.orElseThrow()
			.answer()).isEqualTo(Answer.NONE);
	}

	@Test
	void aSilentInviteeIsRemindedAndTheCallerAlertedAsTheClockMovesOn() {
		Sip sip = consentedSip();
		Meeting meeting = callEriksFkAndMaria(sip, 20);
		TestLogins.signIn(logins, "erik");
		UUID eriks = meeting.invitationFor(TestUnits.VARDCENTRALEN_LINDGARDEN).orElseThrow().invitationId();
		meetings.answer(sip.id(), meeting.id(), eriks, Answer.ACCEPTED, "Erik Holmgren", null);
		TestLogins.signOut();

		var deadlines = new InvitationDeadlines(clock.getZone(), 2, Duration.ofDays(2));
		Duration untilReminder = Duration.between(clock.instant(), deadlines.remindAfter(meeting.calledAt()));
		clock.advance(untilReminder.minusMinutes(5));
		meetings.sendReminders();
		assertThat(reloaded(meeting).invitations()).allSatisfy(i -> assertThat(i.remindedAt()).isNull());

		clock.advance(Duration.ofMinutes(10));
		meetings.sendReminders();
		Meeting reminded = reloaded(meeting);
		assertThat(reminded.invitations()).filteredOn(i -> !i.answered())
			.hasSize(3)
			.allSatisfy(i -> assertThat(i.remindedAt()).isNotNull());
		assertThat(reminded.invitationFor(TestUnits.VARDCENTRALEN_LINDGARDEN).orElseThrow().remindedAt()).isNull();

		TestLogins.signIn(logins, "frida");
		await().atMost(Duration.ofSeconds(10))
			.pollInSameThread()
			.untilAsserted(() -> assertThat(inbox.mine()).anySatisfy(message -> {
				assertThat(message.kind()).isEqualTo("INVITATION_REMINDER");
				assertThat(message.meetingId()).isEqualTo(meeting.id());
			}));
		// the mother, silent too, is reminded by mail (her address is registered)
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					jdbc.sql("select count(*) from outgoing_mail where recipient = ? and event_key like 'reminder:%'")
						.param(mariasEmail)
						.query(Long.class)
						.single())
				.isOne());

		clock.advance(
				Duration.between(clock.instant(), deadlines.alertCallerFrom(meeting.time().startsAt())).plusMinutes(1));
		meetings.sendReminders();
		TestLogins.signIn(logins, "anna");
		await().atMost(Duration.ofSeconds(10))
			.pollInSameThread()
			.untilAsserted(() -> assertThat(inbox.mine()).anySatisfy(message -> {
				assertThat(message.kind()).isEqualTo("CALLER_ALERT");
				assertThat(message.meetingId()).isEqualTo(meeting.id());
				assertThat(message.detail()).isEqualTo("3");
			}));
	}

	@Test
	void noMailOrCalendarFileCarriesPersonalData() {
		Sip sip = consentedSip();
		Meeting meeting = callEriksFkAndMaria(sip, 10);
		TestLogins.signIn(logins, "anna");
		meetings.reschedule(sip.id(), meeting.id(), meeting.version(),
				MeetingTime.of(meeting.time().startsAt().plusDays(1), 90, "Familjecentralen, rum 2", null));
		TestLogins.signOut();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mailFor(meeting)).hasSize(4));
		// the vårdcentral and the mother have addresses; Försäkringskassan's unit and
		// Alex have none
		// other tests' mail waits in the same outbox: dispatch batches until it is empty
		while (mail.dispatch() > 0) {
			// next batch
		}
		List<Map<String, Object>> sent = mailFor(meeting);
		assertThat(sent).allSatisfy(row -> {
			String everything = row.get("subject") + "\n" + row.get("body") + "\n" + row.get("ics");
			assertThat(everything).doesNotContain("Alex", "Lindqvist", "Maria", alex.personnummer().digits(),
					alex.personnummer().digits().substring(2), "skolan", "Skolfrånvaro", "Hej Alex", "Planera");
			assertThat(row.get("subject")).isEqualTo("Ny händelse i Samordna");
			assertThat(row.get("delivery")).isEqualTo("CAPTURED");
		});
		assertThat(sent).extracting(row -> (String) row.get("ics"))
			.allSatisfy(ics -> assertThat(ics).contains("SUMMARY:SIP-möte", "LOCATION:Familjecentralen\\, rum 2",
					"UID:" + meeting.id() + "@samordna"))
			.anySatisfy(ics -> assertThat(ics).contains("SEQUENCE:0"))
			.anySatisfy(ics -> assertThat(ics).contains("SEQUENCE:1"));
		assertThat(sent).extracting(row -> (String) row.get("recipient"))
			.contains("lindgarden@example.se", mariasEmail);
	}

	@Test
	void aProtectedPersonIsNeverReachedDigitallyAndNoCalendarFileLeaves() {
		TestLogins.signIn(logins, "erik");
		Individual sanna = individuals.protectedPerson("Sanna", "Ek");
		Sip sip = sips.start(sanna.id(), new Assessment(Assessment.NoticedBy.REGIONAL_HALSO_OCH_SJUKVARD,
				Assessment.LegalTrack.SOL_HSL, Assessment.SipLevel.SIP, "Behov av samordning."));
		sip = sips.recordConsent(sip.id(), sip.version(), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.WRITTEN,
				LocalDate.now(clock), Set.of(TestUnits.REGION_UPPSALA, TestUnits.UPPSALA_KOMMUN), null, null);
		Meeting meeting = meetings.call(sip.id(), call(10), Set.of(TestUnits.SOCIALTJANST_BARN_UPPSALA),
				Set.of(Meetings.INDIVIDUAL));
		assertThat(meeting.manualHandling()).isTrue();
		Meetings.Notice notice = meetings.notice(meeting.id());
		assertThat(notice.calendar()).isEmpty();
		assertThat(notice.recipients()).allSatisfy(r -> assertThat(r.unitId()).isNotNull());
	}

	@Test
	void holdingTheFirstMeetingFillsTheDraftAndConfirmsThePlan() {
		Sip sip = consentedSip();
		Meeting meeting = callEriksFkAndMaria(sip, 3);
		clock.advance(Duration.ofDays(3));
		UUID erik = TestStaff.ERIK;
		UUID anna = TestStaff.ANNA;
		Map<UUID, Attendance> attendance = new HashMap<>();
		meeting.invitations()
			.forEach(i -> attendance.put(i.invitationId(),
					i.invitee().unitId() != null && i.invitee().unitId().equals(TestUnits.FORSAKRINGSKASSAN_UPPSALA)
							? Attendance.ABSENT_WITHOUT_NOTICE : Attendance.PRESENT));
		PlanContent decided = new PlanContent(List.of("Komma tillbaka till skolan"),
				List.of(new PlanContent.Goal("Jag vill gå i skolan", PlanContent.Goal.Term.LONG, List.of(),
						"Elevhälsan")),
				List.of(new PlanContent.Action(UUID.randomUUID(), "Samtal varannan vecka",
						TestUnits.VARDCENTRALEN_LINDGARDEN, null, null, PlanContent.Action.Timing.INDEPENDENT, null)),
				List.of());
		LocalDate followUp = LocalDate.now(clock).plusMonths(3);
		TestLogins.signIn(logins, "anna");
		meetings.hold(sip.id(), meeting.id(), meeting.version(),
				new Protocol(anna, anna, Map.of(AgendaSection.NEEDS, "Skolan och sömnen"), erik, followUp,
						"Alex fick tala först", "Kortare möte"),
				attendance, decided);

		Sip after = sips.view(sip.id());
		assertThat(after.status()).isEqualTo(SipStatus.PLAN_ACTIVE);
		assertThat(after.planVersion()).isEqualTo(1);
		assertThat(after.plan().goals()).extracting(PlanContent.Goal::individualsWords)
			.containsExactly("Jag vill gå i skolan");
		assertThat(after.coordinator().orElseThrow().staffId()).isEqualTo(erik);
		assertThat(after.nextFollowUp()).contains(followUp);
		Meeting held = meetings.meeting(sip.id(), meeting.id());
		assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
		assertThat(held.protocol().orElseThrow().workedWell()).isEqualTo("Alex fick tala först");
		assertThat(held.invitationFor(TestUnits.FORSAKRINGSKASSAN_UPPSALA).orElseThrow().ignored()).isTrue();
		assertThat(held.invitationFor(TestUnits.VARDCENTRALEN_LINDGARDEN).orElseThrow().ignored()).isFalse();
	}

	@Test
	void aFailedConfirmationLeavesTheMeetingUnheld() {
		Sip sip = consentedSip();
		Meeting meeting = callEriksFkAndMaria(sip, 1);
		clock.advance(Duration.ofDays(1));
		UUID anna = TestStaff.ANNA;
		UUID frida = TestStaff.FRIDA;
		Map<UUID, Attendance> attendance = new HashMap<>();
		meeting.invitations().forEach(i -> attendance.put(i.invitationId(), Attendance.PRESENT));
		PlanContent decided = new PlanContent(List.of("Skolan"),
				List.of(new PlanContent.Goal("Skolan", PlanContent.Goal.Term.LONG, List.of(), "Elevhälsan")),
				List.of(new PlanContent.Action(UUID.randomUUID(), "Samtal", TestUnits.VARDCENTRALEN_LINDGARDEN, null,
						null, PlanContent.Action.Timing.INDEPENDENT, null)),
				List.of());
		TestLogins.signIn(logins, "anna");
		// Försäkringskassan is not a principal: it cannot coordinate, and nothing of the
		// meeting is kept
		assertThatThrownBy(() -> meetings.hold(sip.id(), meeting.id(), meeting.version(),
				new Protocol(anna, anna, Map.of(), frida, LocalDate.now(clock).plusMonths(2), "", ""), attendance,
				decided))
			.isInstanceOfSatisfying(UserFacingException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("sip.plan.coordinator"));
		assertThat(meetings.meeting(sip.id(), meeting.id()).status()).isEqualTo(MeetingStatus.CALLED);
		assertThat(sips.view(sip.id()).plan().needs()).isEmpty();
	}

	private Meeting reloaded(Meeting meeting) {
		TestLogins.signIn(logins, "anna");
		try {
			return meetings.meeting(meeting.sipId(), meeting.id());
		}
		finally {
			TestLogins.signOut();
		}
	}

	private List<Map<String, Object>> mailFor(Meeting meeting) {
		return jdbc.sql("""
				select recipient, subject, body, ics, delivery from outgoing_mail
				where ics like ?""").param("%" + meeting.id() + "%").query().listOfRows();
	}

}
