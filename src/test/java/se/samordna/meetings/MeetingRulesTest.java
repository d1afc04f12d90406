package se.samordna.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samordna.directory.UnitKind;
import se.samordna.platform.FieldRefusal;
import se.samordna.platform.FieldRefusals;
import se.samordna.platform.UserFacingException;
import se.samordna.sip.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meeting's own rules, without a database. */
class MeetingRulesTest {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	static final UUID CALLER_UNIT = UUID.randomUUID();

	static final UUID INVITED_UNIT = UUID.randomUUID();

	static final Actor CALLER = new Actor(UUID.randomUUID(), CALLER_UNIT);

	static final Actor INVITED = new Actor(UUID.randomUUID(), INVITED_UNIT);

	// a Monday, so that two working days are two days
	static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

	static final Instant AT = NOW.atZone(STOCKHOLM).toInstant();

	static final Map<UUID, UnitKind> UNIT_KINDS = Map.of(INVITED_UNIT, UnitKind.VARDCENTRAL);

	static final InvitationDeadlines DEADLINES = new InvitationDeadlines(STOCKHOLM, 2, Duration.ofDays(2));

	static Meeting called() {
		return Meeting.call(UUID.randomUUID(), UUID.randomUUID(), MeetingKind.FIRST, false,
				new Meeting.Call("Planera stödet", MeetingTime.of(NOW.plusDays(10), 60, "Stadshuset", null), "",
						"Välkommen!"),
				List.of(Invitee.unit(INVITED_UNIT), Invitee.person(InviteeKind.GUARDIAN, "Maria Lindqvist", null),
						Invitee.unit(INVITED_UNIT)),
				UNIT_KINDS, CALLER, NOW, AT);
	}

	@Test
	void aMeetingNeedsAPurposeAFutureTimeAndSomeoneInvited() {
		var time = MeetingTime.of(NOW.plusDays(1), 60, "Stadshuset", null);
		assertThatThrownBy(() -> Meeting.call(UUID.randomUUID(), UUID.randomUUID(), MeetingKind.FIRST, false,
				new Meeting.Call(" ", time, "", "Hej"), List.of(Invitee.unit(INVITED_UNIT)), UNIT_KINDS, CALLER, NOW,
				AT))
			.isInstanceOfSatisfying(FieldRefusal.class, refusal -> assertThat(refusal.field()).isEqualTo("purpose"));
		assertThatThrownBy(() -> Meeting.call(UUID.randomUUID(), UUID.randomUUID(), MeetingKind.FIRST, false,
				new Meeting.Call("Syfte", MeetingTime.of(NOW.minusHours(1), 60, "Stadshuset", null), "", "Hej"),
				List.of(Invitee.unit(INVITED_UNIT)), UNIT_KINDS, CALLER, NOW, AT))
			.isInstanceOfSatisfying(FieldRefusal.class, refusal -> assertThat(refusal.field()).isEqualTo("date"));
		assertThatThrownBy(() -> Meeting.call(UUID.randomUUID(), UUID.randomUUID(), MeetingKind.FIRST, false,
				new Meeting.Call("Syfte", time, "", "Hej"), List.of(), UNIT_KINDS, CALLER, NOW, AT))
			.isInstanceOfSatisfying(FieldRefusal.class, refusal -> assertThat(refusal.field()).isEqualTo("units"));
	}

	@Test
	void aMeetingNeedsAPlaceOrAnHttpsLink() {
		assertThatThrownBy(() -> MeetingTime.of(NOW, 60, " ", "")).isInstanceOfSatisfying(FieldRefusal.class,
				refusal -> assertThat(refusal.field()).isEqualTo("place"));
		assertThatThrownBy(() -> MeetingTime.of(NOW, 60, null, "http://video.example/rum"))
			.isInstanceOfSatisfying(FieldRefusal.class, refusal -> assertThat(refusal.field()).isEqualTo("videoLink"));
		assertThat(MeetingTime.of(NOW, 60, null, "https://video.example/rum").videoLink())
			.isEqualTo("https://video.example/rum");
	}

	@Test
	void theSameUnitIsInvitedOnce() {
		assertThat(called().invitations()).hasSize(2);
	}

	@Test
	void aUnitAnswersOnlyItsOwnInvitationAndTheCallerRecordsAPersonsAnswer() {
		Meeting meeting = called();
		Invitation unit = meeting.invitationFor(INVITED_UNIT).orElseThrow();
		Invitation guardian = meeting.invitations().get(1);
		assertThatThrownBy(() -> meeting.answer(unit.invitationId(), Answer.ACCEPTED, "Erik", null, CALLER, AT))
			.isInstanceOf(UserFacingException.class);
		assertThatThrownBy(() -> meeting.answer(guardian.invitationId(), Answer.ACCEPTED, "Maria", null, INVITED, AT))
			.isInstanceOf(UserFacingException.class);
		meeting.answer(unit.invitationId(), Answer.ACCEPTED, "Erik Holmgren", null, INVITED, AT);
		meeting.answer(guardian.invitationId(), Answer.DECLINED, null, "Jobbar", CALLER, AT);
		assertThat(meeting.invitations()).extracting(Invitation::answer)
			.containsExactly(Answer.ACCEPTED, Answer.DECLINED);
	}

	@Test
	void acceptingNamesWhoComesAndDecliningSaysWhy() {
		Meeting meeting = called();
		UUID invitation = meeting.invitationFor(INVITED_UNIT).orElseThrow().invitationId();
		assertThatThrownBy(() -> meeting.answer(invitation, Answer.ACCEPTED, " ", null, INVITED, AT))
			.isInstanceOfSatisfying(FieldRefusal.class, refusal -> assertThat(refusal.field()).isEqualTo("attendees"));
		assertThatThrownBy(() -> meeting.answer(invitation, Answer.DECLINED, "Erik", "", INVITED, AT))
			.isInstanceOfSatisfying(FieldRefusal.class,
					refusal -> assertThat(refusal.field()).isEqualTo("declineReason"));
		assertThatThrownBy(() -> meeting.answer(invitation, Answer.SENDS_SOMEONE_ELSE, null, null, INVITED, AT))
			.isInstanceOfSatisfying(FieldRefusal.class, refusal -> assertThat(refusal.field()).isEqualTo("attendees"));
	}

	@Test
	void aSilentInviteeIsRemindedOnceAfterTwoWorkingDays() {
		Meeting meeting = called();
		UUID invitation = meeting.invitationFor(INVITED_UNIT).orElseThrow().invitationId();
		meeting.answer(meeting.invitations().get(1).invitationId(), Answer.ACCEPTED, "Maria", null, CALLER, AT);

		assertThat(meeting.remind(DEADLINES, AT.plus(Duration.ofDays(2)).minusSeconds(60))).isFalse();
		assertThat(meeting.remind(DEADLINES, AT.plus(Duration.ofDays(2)))).isTrue();
		assertThat(meeting.invitationFor(INVITED_UNIT).orElseThrow().remindedAt()).isNotNull();
		assertThat(meeting.remind(DEADLINES, AT.plus(Duration.ofDays(3)))).isFalse();
		assertThat(meeting.domainEventsForTest()).filteredOn(MeetingEvents.InvitationReminderDue.class::isInstance)
			.singleElement()
			.satisfies(event -> assertThat(((MeetingEvents.InvitationReminderDue) event).invitationId())
				.isEqualTo(invitation));
	}

	@Test
	void theCallerIsAlertedOnceWhenTheMeetingIsNearAndSomeoneIsSilent() {
		Meeting meeting = called();
		Instant twoDaysBefore = NOW.plusDays(8).atZone(STOCKHOLM).toInstant();
		meeting.remind(DEADLINES, twoDaysBefore.minusSeconds(60));
		assertThat(meeting.callerAlertedAt()).isEmpty();
		meeting.remind(DEADLINES, twoDaysBefore);
		assertThat(meeting.callerAlertedAt()).contains(twoDaysBefore);
		assertThat(meeting.domainEventsForTest()).filteredOn(MeetingEvents.CallerAlerted.class::isInstance).hasSize(1);
		meeting.remind(DEADLINES, twoDaysBefore.plusSeconds(3600));
		assertThat(meeting.domainEventsForTest()).filteredOn(MeetingEvents.CallerAlerted.class::isInstance).hasSize(1);
	}

	@Test
	void reschedulingAndCancellingRaiseTheCalendarSequence() {
		Meeting meeting = called();
		assertThat(meeting.sequence()).isZero();
		meeting.reschedule(MeetingTime.of(NOW.plusDays(12), 90, "Stadshuset", null), CALLER, NOW, AT, 0);
		assertThat(meeting.sequence()).isEqualTo(1);
		assertThatThrownBy(() -> meeting.cancel("Sjuk", INVITED, AT, 0)).isInstanceOf(UserFacingException.class);
		meeting.cancel("Sjukdom", CALLER, AT, 0);
		assertThat(meeting.sequence()).isEqualTo(2);
		assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
		assertThatThrownBy(() -> meeting.answer(meeting.invitations().get(0).invitationId(), Answer.ACCEPTED, "Erik",
				null, INVITED, AT))
			.isInstanceOf(UserFacingException.class);
	}

	@Test
	void holdingNeedsEveryonesAttendanceACoordinatorAndAFollowUpAndMarksTheSilentNoShow() {
		Meeting meeting = called();
		LocalDateTime meetingDay = NOW.plusDays(10);
		Map<UUID, Attendance> attendance = new HashMap<>();
		UUID coordinator = UUID.randomUUID();
		Protocol protocol = new Protocol(CALLER.staffId(), CALLER.staffId(), Map.of(AgendaSection.NEEDS, "Skolan"),
				coordinator, LocalDate.from(meetingDay).plusMonths(3), "Bra", "Kortare");
		assertThatThrownBy(() -> meeting.hold(protocol, attendance, CALLER, meetingDay.minusDays(1), AT, 0))
			.isInstanceOf(UserFacingException.class);
		assertThatThrownBy(() -> meeting.hold(protocol, attendance, CALLER, meetingDay, AT, 0))
			.isInstanceOfSatisfying(FieldRefusal.class, refusal -> assertThat(refusal.field()).isEqualTo("attendance"));
		meeting.invitations().forEach(i -> attendance.put(i.invitationId(), Attendance.ABSENT_WITHOUT_NOTICE));
		assertThatThrownBy(
				() -> meeting.hold(new Protocol(CALLER.staffId(), CALLER.staffId(), Map.of(), null, null, "", ""),
						attendance, CALLER, meetingDay, AT, 0))
			.isInstanceOfSatisfying(FieldRefusals.class,
					refusals -> assertThat(refusals.refusals()).extracting(FieldRefusal::field)
						.containsExactly("coordinator", "followUp"));
		meeting.hold(protocol, attendance, CALLER, meetingDay, AT, 0);
		assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
		assertThat(meeting.domainEventsForTest()).filteredOn(MeetingEvents.MeetingHeld.class::isInstance)
			.singleElement()
			.satisfies(event -> assertThat(((MeetingEvents.MeetingHeld) event).ignoredBy())
				.isEqualTo(Set.of(INVITED_UNIT)));
	}

	@Test
	void workingDaysSkipWeekendsAndSwedishHolidays() {
		// Friday 2026-12-18 10:00 + 2 working days: Monday 21st and Tuesday 22nd
		Instant friday = LocalDateTime.of(2026, 12, 18, 10, 0).atZone(STOCKHOLM).toInstant();
		assertThat(DEADLINES.remindAfter(friday))
			.isEqualTo(LocalDateTime.of(2026, 12, 22, 10, 0).atZone(STOCKHOLM).toInstant());
		// Wednesday 2026-12-23 + 2: 24th, 25th, 26th are off (the 26th is also Saturday);
		// Monday 28th, Tuesday 29th
		Instant beforeChristmas = LocalDateTime.of(2026, 12, 23, 9, 0).atZone(STOCKHOLM).toInstant();
		assertThat(DEADLINES.remindAfter(beforeChristmas))
			.isEqualTo(LocalDateTime.of(2026, 12, 29, 9, 0).atZone(STOCKHOLM).toInstant());
		assertThat(InvitationDeadlines.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
		assertThat(InvitationDeadlines.isWorkingDay(LocalDate.of(2027, 3, 26))).as("långfredagen").isFalse();
		assertThat(InvitationDeadlines.isWorkingDay(LocalDate.of(2027, 6, 25))).as("midsommarafton").isFalse();
		assertThat(InvitationDeadlines.isWorkingDay(LocalDate.of(2027, 6, 24))).isTrue();
	}

	@Test
	void theCalendarFileSaysOnlySipMoteAndWhereWithAStableUid() {
		Meeting meeting = called();
		String ics = MeetingCalendar.ics(meeting, STOCKHOLM, "noreply@samordna.example", AT);
		assertThat(ics).contains("METHOD:REQUEST", "SUMMARY:SIP-möte", "LOCATION:Stadshuset", "SEQUENCE:0",
				"UID:" + meeting.id() + "@samordna", "DTSTART:20261203T090000Z");
		assertThat(ics).doesNotContain("Maria", "Planera", "Välkommen");
		meeting.cancel("Sjuk", CALLER, AT, 0);
		String cancelled = MeetingCalendar.ics(meeting, STOCKHOLM, "noreply@samordna.example", AT);
		assertThat(cancelled).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:1",
				"UID:" + meeting.id() + "@samordna");
	}

}
