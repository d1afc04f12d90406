package se.samordna.meetings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samordna.IntegrationTest;
import se.samordna.directory.TestUnits;
import se.samordna.sip.ClosingReason;
import se.samordna.sip.Sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Withdrawn consent or a closed SIP leaves no meeting alive: the meetings still called
 * are cancelled, their invitees are told once, and nothing moves them afterwards.
 */
@IntegrationTest
class ClosingASipCancelsItsMeetingsTests extends MeetingIntegrationTest {

	Map<String, Object> stored(Meeting meeting) {
		return jdbc.sql("select status, cancel_cause, sequence from meeting where id = ?")
			.param(meeting.id())
			.query()
			.singleRow();
	}

	long cancellationNotices(Meeting meeting, UUID unit) {
		return jdbc.sql("select count(*) from inbox_message where meeting_id = ? and unit_id = ? and kind like ?")
			.params(meeting.id(), unit, "MEETING_CANCELLED%")
			.query(Long.class)
			.single();
	}

	long cancellationMail(Meeting meeting) {
		return jdbc.sql("select count(*) from outgoing_mail where ics like ? and ics_method = 'CANCEL'")
			.param("%" + meeting.id() + "%")
			.query(Long.class)
			.single();
	}

	@Test
	void withdrawingConsentCancelsTheCalledMeetingAndTellsTheInviteesOnce() throws Exception {
		Sip sip = fixtures.consentedSip(fixtures.adultWithRelatives());
		Meeting meeting = fixtures.callUnits(sip, LocalDate.now(clock).plusDays(10).atTime(LocalTime.of(9, 0)));
		Sip invited = sips.view(sip.id());

		sips.withdrawConsent(sip.id(), invited.version());

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(stored(meeting)).containsEntry("status", "CANCELLED")
				.containsEntry("cancel_cause", "CONSENT_WITHDRAWN")
				.containsEntry("sequence", 1));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(cancellationNotices(meeting, TestUnits.VARDCENTRALEN_LINDGARDEN)).isEqualTo(1);
			assertThat(cancellationNotices(meeting, TestUnits.FORSAKRINGSKASSAN_UPPSALA)).isEqualTo(1);
			assertThat(cancellationMail(meeting)).isEqualTo(1);
		});
		assertThat(jdbc.sql("select kind from inbox_message where meeting_id = ? and unit_id = ? and kind like ?")
			.params(meeting.id(), TestUnits.VARDCENTRALEN_LINDGARDEN, "MEETING_CANCELLED%")
			.query(String.class)
			.single()).isEqualTo("MEETING_CANCELLED_CONSENT_WITHDRAWN");

		// the closing delivered again cancels nothing more and tells no one again
		assertThat(meetings.cancelBecauseSipClosed(sip.id(), ClosingReason.CONSENT_WITHDRAWN)).isZero();

		// afterwards nothing moves the meeting, not even a crafted request
		var anna = user(logins.loadUserByUsername("anna"));
		String page = "/sip/" + sip.id() + "/moten/" + meeting.id();
		mvc.perform(post(page + "/andra").with(anna)
			.with(csrf())
			.param("version", "1")
			.param("date", LocalDate.now(clock).plusDays(12).toString())
			.param("time", "10:00")
			.param("minutes", "60")
			.param("place", "Stadshuset"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("problem", "meetings.refused.sipClosed"));
		mvc.perform(get(page + "/protokoll").with(anna))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("problem", "meetings.refused.sipClosed"));
		mvc.perform(get(page + "/andra").with(anna)).andExpect(redirectedUrl(page));
		assertThat(stored(meeting)).containsEntry("sequence", 1);
		assertThat(jdbc.sql("select count(*) from outgoing_mail where ics like ?")
			.param("%" + meeting.id() + "%")
			.query(Long.class)
			.single()).as("the invitation and the cancellation, nothing after").isEqualTo(2);
	}

	@Test
	void closingASipCancelsItsOpenMeetingsAndLeavesTheHeldOne() {
		Sip sip = fixtures.consentedSip(fixtures.adultWithRelatives());
		Meeting first = fixtures.callUnits(sip, LocalDate.now(clock).plusDays(2).atTime(LocalTime.of(9, 0)));
		Meeting another = fixtures.callUnits(sip, LocalDate.now(clock).plusDays(20).atTime(LocalTime.of(9, 0)));
		clock.advance(Duration.between(clock.instant(), first.time().startsAt(clock.getZone()).toInstant()));
		meetings.hold(sip.id(), first.id(), first.version(), fixtures.protocol(), MeetingFixtures.present(first),
				MeetingFixtures.plan());
		Sip active = sips.view(sip.id());

		sips.close(sip.id(), active.version(), ClosingReason.NEED_MET, null);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(stored(another)).containsEntry("status", "CANCELLED")
				.containsEntry("cancel_cause", "SIP_CLOSED"));
		assertThat(stored(first)).containsEntry("status", "HELD");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(jdbc.sql("select kind from inbox_message where meeting_id = ? and unit_id = ?")
						.params(another.id(), TestUnits.VARDCENTRALEN_LINDGARDEN)
						.query(String.class)
						.list()).contains("MEETING_CANCELLED_SIP_CLOSED"));
	}

}
