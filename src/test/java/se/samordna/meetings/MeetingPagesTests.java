package se.samordna.meetings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.directory.TestUnits;
import se.samordna.sip.ClosingReason;
import se.samordna.sip.Sip;
import se.samordna.sip.SipStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting pages ask the meeting what is allowed, and the handlers refuse the rest:
 * crafted requests included, as a page would never send them.
 */
@IntegrationTest
class MeetingPagesTests extends MeetingIntegrationTest {

	static String page(Meeting meeting) {
		return "/sip/" + meeting.sipId() + "/moten/" + meeting.id();
	}

	LocalDateTime daysAhead(int days, int hour, int minute) {
		return LocalDate.now(clock).plusDays(days).atTime(LocalTime.of(hour, minute));
	}

	Meeting reloaded(Meeting meeting) {
		TestLogins.signIn(logins, "anna");
		return meetings.meeting(meeting.sipId(), meeting.id());
	}

	@Test
	void aHeldMeetingServesNoChangeOrProtocolForm() throws Exception {
		Sip sip = fixtures.consentedSip(fixtures.adultWithRelatives());
		Meeting meeting = fixtures.callUnits(sip, daysAhead(3, 9, 0));
		moveClockTo(meeting.time().startsAt());
		meetings.hold(sip.id(), meeting.id(), meeting.version(), fixtures.protocol(), MeetingFixtures.present(meeting),
				MeetingFixtures.plan());
		Meeting held = reloaded(meeting);

		mvc.perform(get(page(meeting) + "/andra").with(as("anna")))
			.andExpect(redirectedUrl(page(meeting)))
			.andExpect(flash().attribute("problem", "meetings.refused.reschedule"));
		mvc.perform(get(page(meeting) + "/protokoll").with(as("anna")))
			.andExpect(redirectedUrl(page(meeting)))
			.andExpect(flash().attribute("problem", "meetings.refused.protocol"));
		mvc.perform(post(page(meeting) + "/andra").with(as("anna"))
			.with(csrf())
			.param("version", String.valueOf(held.version()))
			.param("date", daysAhead(10, 9, 0).toLocalDate().toString())
			.param("time", "09:00")
			.param("minutes", "60")
			.param("place", "Stadshuset")).andExpect(redirectedUrl(page(meeting)));
		mvc.perform(post(page(meeting) + "/protokoll").with(as("anna"))
			.with(csrf())
			.param("version", String.valueOf(held.version()))
			.param("utkast", "1")).andExpect(redirectedUrl(page(meeting)));
		assertThat(reloaded(meeting).sequence()).isEqualTo(held.sequence());
		assertThat(reloaded(meeting).protocolDraft()).isEmpty();
		mvc.perform(get(page(meeting) + "/kalender.ics").with(as("anna")))
			.andExpect(redirectedUrl(page(meeting)))
			.andExpect(flash().attribute("problem", "meetings.refused.calendar"));

		String html = mvc.perform(get(page(meeting)).with(as("anna")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain(page(meeting) + "/andra", page(meeting) + "/protokoll",
				page(meeting) + "/kalender.ics");
	}

	@Test
	void beforeTheMeetingBeginsTheProtocolPageSaysSoAndKeepsADraft() throws Exception {
		Sip sip = fixtures.consentedSip(fixtures.adultWithRelatives());
		Meeting meeting = fixtures.callUnits(sip, daysAhead(2, 23, 0));
		long sipVersion = sips.view(sip.id()).version();
		// the afternoon of the meeting's day: its day has come, its time has not
		moveClockTo(daysAhead(2, 14, 3));

		mvc.perform(get(page(meeting) + "/protokoll").with(as("anna")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"not-yet\"")))
			.andExpect(content().string(containsString("Spara utkast")))
			.andExpect(content().string(not(containsString("fastställ planen"))));

		mvc.perform(filled(post(page(meeting) + "/protokoll"), meeting, 0).param("utkast", "1").with(as("anna")))
			.andExpect(redirectedUrl(page(meeting) + "/protokoll"))
			.andExpect(flash().attribute("notice", "meetings.protocol.draftSaved"));
		Meeting drafted = reloaded(meeting);
		assertThat(drafted.protocolDraft()).hasValueSatisfying(draft -> {
			assertThat(draft.needs()).isEqualTo("Trygghet hemma");
			assertThat(draft.savedBy()).isEqualTo(MeetingFixtures.ANNA);
		});
		Sip unchanged = sips.view(sip.id());
		assertThat(unchanged.version()).isEqualTo(sipVersion);
		assertThat(unchanged.plan().needs()).isEmpty();
		mvc.perform(get(page(meeting) + "/protokoll").with(as("anna")))
			.andExpect(model().attribute("protocolForm", hasProperty("needs", is("Trygghet hemma"))));

		// a crafted "held" before 23:00 is refused before anything else, and nothing
		// moves
		mvc.perform(filled(post(page(meeting) + "/protokoll"), drafted, drafted.version()).with(as("anna")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("protocolForm"))
			.andExpect(content().string(containsString("först när det har börjat")));
		assertThat(reloaded(meeting).status()).isEqualTo(MeetingStatus.CALLED);
		assertThat(sips.view(sip.id()).status()).isEqualTo(SipStatus.INVITED);

		// from 23:00 the draft is held as written
		moveClockTo(meeting.time().startsAt());
		mvc.perform(get(page(meeting) + "/protokoll").with(as("anna")))
			.andExpect(content().string(containsString("fastställ planen")));
		mvc.perform(filled(post(page(meeting) + "/protokoll"), drafted, drafted.version()).with(as("anna")))
			.andExpect(redirectedUrl("/sip/" + sip.id()));
		assertThat(reloaded(meeting).status()).isEqualTo(MeetingStatus.HELD);
		assertThat(reloaded(meeting).protocolDraft()).isEmpty();
		assertThat(sips.view(sip.id()).status()).isEqualTo(SipStatus.PLAN_ACTIVE);
	}

	/** The protocol form as the page sends it, filled in for a first meeting. */
	MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, Meeting meeting, long version) {
		request.with(csrf())
			.param("version", String.valueOf(version))
			.param("chair", MeetingFixtures.ANNA.toString())
			.param("secretary", MeetingFixtures.ANNA.toString())
			.param("notes[NEEDS]", "Om tryggheten")
			.param("needs", "Trygghet hemma")
			.param("goals[0].individualsWords", "Jag vill bo kvar hemma")
			.param("goals[0].term", "LONG")
			.param("goals[0].followedUpBy", "Socialtjänsten")
			.param("actions[0].description", "Samtal varje vecka")
			.param("actions[0].responsibleUnitId", MeetingFixtures.ANNAS_UNIT.toString())
			.param("actions[0].timing", "INDEPENDENT")
			.param("coordinator", MeetingFixtures.ANNA.toString())
			.param("followUp", LocalDate.now(clock).plusMonths(3).toString())
			.param("workedWell", "")
			.param("doDifferently", "");
		for (int i = 0; i < meeting.invitations().size(); i++) {
			request.param("attendance[" + i + "].invitationId", meeting.invitations().get(i).invitationId().toString())
				.param("attendance[" + i + "].attendance", "PRESENT");
		}
		return request;
	}

	@Test
	void theKallelseFormShowsEveryProblemAtOnce() throws Exception {
		Sip sip = fixtures.consentedSip(fixtures.adultWithRelatives());
		mvc.perform(post("/sip/" + sip.id() + "/moten").with(as("anna"))
			.with(csrf())
			.param("purpose", " ")
			.param("date", "")
			.param("time", "")
			.param("minutes", "60")
			.param("place", "")
			.param("videoLink", "")
			.param("messageToIndividual", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("callForm", "purpose", "date", "time", "place",
					"messageToIndividual", "units"));
		assertThat(jdbc.sql("select count(*) from meeting where sip_id = ?").param(sip.id()).query(Long.class).single())
			.isZero();
	}

	@Test
	void aUnitThatGivesNoCareIsNeitherOfferedNorInvited() throws Exception {
		Sip sip = fixtures.consentedSip(fixtures.adultWithRelatives());
		String form = mvc.perform(get("/sip/" + sip.id() + "/moten/ny").with(as("anna")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form)
			.contains("<optgroup label=\"Region Uppsala\">", "<optgroup label=\"Uppsala kommun\">",
					"Vårdcentralen Lindgården")
			.doesNotContain("Analys och uppföljning", "Systemförvaltning Samordna");
		// principals first, other actors after
		assertThat(form.indexOf("label=\"Region Uppsala\"")).isLessThan(form.indexOf("label=\"Försäkringskassan\""));

		mvc.perform(kallelse(sip, MeetingFixtures.ANALYS))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("callForm", "units", "meetings.invitees.givesNoCare"));
		assertThat(jdbc.sql("select count(*) from meeting where sip_id = ?").param(sip.id()).query(Long.class).single())
			.isZero();
		TestLogins.signIn(logins, "anna");
		assertThat(sips.view(sip.id()).involvesUnit(MeetingFixtures.ANALYS)).isFalse();
	}

	/** A kallelse as the form sends it, complete, inviting one other unit. */
	MockHttpServletRequestBuilder kallelse(Sip sip, UUID unit) {
		return post("/sip/" + sip.id() + "/moten").with(as("anna"))
			.with(csrf())
			.param("purpose", "Planera")
			.param("date", daysAhead(10, 9, 0).toLocalDate().toString())
			.param("time", "09:00")
			.param("minutes", "60")
			.param("place", "Stadshuset")
			.param("otherUnits[0]", unit.toString())
			.param("messageToIndividual", "Hej!");
	}

	@Test
	void aClosedSipServesNoKallelseForm() throws Exception {
		Sip sip = fixtures.consentedSip(fixtures.adultWithRelatives());
		sips.close(sip.id(), sip.version(), ClosingReason.NEED_MET, null);

		mvc.perform(get("/sip/" + sip.id() + "/moten/ny").with(as("anna")))
			.andExpect(redirectedUrl("/sip/" + sip.id() + "/moten"))
			.andExpect(flash().attribute("problem", "sip.refused.callMeeting"));
		mvc.perform(kallelse(sip, TestUnits.VARDCENTRALEN_LINDGARDEN))
			.andExpect(redirectedUrl("/sip/" + sip.id() + "/moten"))
			.andExpect(flash().attribute("problem", "sip.refused.callMeeting"));
		assertThat(jdbc.sql("select count(*) from meeting where sip_id = ?").param(sip.id()).query(Long.class).single())
			.isZero();
	}

	@Test
	void aNewTimeAsksEveryoneAgainAndWarnsWhenItIsShortNotice() throws Exception {
		Sip sip = fixtures.consentedSip(fixtures.adultWithRelatives());
		Meeting meeting = fixtures.callUnits(sip, daysAhead(30, 9, 0));
		TestLogins.signIn(logins, "erik");
		meetings.answer(sip.id(), meeting.id(),
				meeting.invitationFor(TestUnits.VARDCENTRALEN_LINDGARDEN).orElseThrow().invitationId(), Answer.ACCEPTED,
				"Erik Holmgren", null);
		Meeting answered = reloaded(meeting);
		assertThat(answered.askedAtShortNotice(new InvitationDeadlines(clock.getZone(), 2, Duration.ofDays(2))))
			.isFalse();

		mvc.perform(post(page(meeting) + "/andra").with(as("anna"))
			.with(csrf())
			.param("version", String.valueOf(answered.version()))
			.param("date", daysAhead(1, 9, 0).toLocalDate().toString())
			.param("time", "09:00")
			.param("minutes", "60")
			.param("place", "Stadshuset, rum 4"))
			.andExpect(redirectedUrl(page(meeting)))
			.andExpect(flash().attribute("warning", "meetings.shortNotice.rescheduled"));

		Meeting moved = reloaded(meeting);
		assertThat(moved.invitations())
			.allSatisfy(invitation -> assertThat(invitation.answer()).isEqualTo(Answer.NONE));
		assertThat(moved.sequence()).isEqualTo(1);
		mvc.perform(get(page(meeting)).with(as("anna")))
			.andExpect(content().string(containsString("id=\"short-notice\"")))
			.andExpect(content().string(containsString("0 kommer, 0 kan inte komma, 3 har inte svarat.")));
		// the vårdcentral, which had said yes, is asked again with the new calendar file
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select count(*) from outgoing_mail where recipient = 'lindgarden@example.se'
					and event_key = ? and ics like '%SEQUENCE:1%'""")
				.param("MEETING_RESCHEDULED:"
						+ moved.invitationFor(TestUnits.VARDCENTRALEN_LINDGARDEN).orElseThrow().invitationId() + ":1")
				.query(Long.class)
				.single() == 1);
	}

	@Test
	void anInviteeIsOfferedNoChangeAndACraftedChangeIsRefused() throws Exception {
		Sip sip = fixtures.consentedSip(fixtures.adultWithRelatives());
		Meeting meeting = fixtures.callUnits(sip, daysAhead(10, 9, 0));
		mvc.perform(get(page(meeting) + "/andra").with(as("erik")))
			.andExpect(redirectedUrl(page(meeting)))
			.andExpect(flash().attribute("problem", "meetings.refused.onlyCaller"));
		mvc.perform(get(page(meeting) + "/protokoll").with(as("erik")))
			.andExpect(flash().attribute("problem", "meetings.refused.onlyCaller"));
		mvc.perform(post(page(meeting) + "/stall-in").with(as("erik"))
			.with(csrf())
			.param("version", String.valueOf(meeting.version()))
			.param("reason", "Vi vill inte")).andExpect(redirectedUrl(page(meeting)));
		assertThat(reloaded(meeting).status()).isEqualTo(MeetingStatus.CALLED);
	}

}
