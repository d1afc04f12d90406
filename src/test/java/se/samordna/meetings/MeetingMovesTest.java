package se.samordna.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.samordna.directory.UnitKind;
import se.samordna.platform.FieldRefusal;
import se.samordna.platform.FieldRefusals;
import se.samordna.platform.UserFacingException;
import se.samordna.sip.Actor;
import se.samordna.sip.ClosingReason;
import se.samordna.sip.PlanContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a meeting allows whom, and when: the one table the meeting pages ask and the verbs
 * enforce. Plain JUnit, no database.
 */
class MeetingMovesTest {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	static final UUID CALLER_UNIT = UUID.randomUUID();

	static final UUID INVITED_UNIT = UUID.randomUUID();

	static final UUID ANALYSTS = UUID.randomUUID();

	static final Actor CALLER = new Actor(UUID.randomUUID(), CALLER_UNIT);

	static final Actor INVITED = new Actor(UUID.randomUUID(), INVITED_UNIT);

	static final Map<UUID, UnitKind> KINDS = Map.of(INVITED_UNIT, UnitKind.BUP, ANALYSTS, UnitKind.ANALYS);

	// a Monday
	static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

	static final Instant AT = at(NOW);

	/** Called on Monday for Wednesday next week at 23:00, eight working days ahead. */
	static final LocalDateTime STARTS = LocalDate.of(2026, 12, 2).atTime(LocalTime.of(23, 0));

	static final InvitationDeadlines DEADLINES = new InvitationDeadlines(STOCKHOLM, 2, Duration.ofDays(2), 5);

	static Instant at(LocalDateTime local) {
		return local.atZone(STOCKHOLM).toInstant();
	}

	static Meeting called() {
		return Meeting.call(UUID.randomUUID(), UUID.randomUUID(), MeetingKind.FIRST, false,
				new Meeting.Call("Planera stödet", MeetingTime.of(STARTS, 60, "Stadshuset", null), "", "Välkommen!"),
				List.of(Invitee.unit(INVITED_UNIT), Invitee.person(InviteeKind.GUARDIAN, "Maria Lindqvist", null)),
				KINDS, CALLER, NOW, AT);
	}

	static Protocol protocol() {
		return new Protocol(CALLER.staffId(), CALLER.staffId(), Map.of(), UUID.randomUUID(),
				STARTS.toLocalDate().plusMonths(3), "", "");
	}

	static Map<UUID, Attendance> everyonePresent(Meeting meeting) {
		Map<UUID, Attendance> attendance = new HashMap<>();
		meeting.invitations().forEach(i -> attendance.put(i.invitationId(), Attendance.PRESENT));
		return attendance;
	}

	@Nested
	class WhoMayDoWhat {

		@Test
		void theCallerChangesCancelsAndWritesTheProtocolAndTheInviteeOnlyAnswers() {
			Meeting meeting = called();
			assertThat(meeting.allowedMoves(CALLER, NOW)).containsExactlyInAnyOrder(MeetingMove.ANSWER,
					MeetingMove.RESCHEDULE, MeetingMove.CANCEL, MeetingMove.WRITE_PROTOCOL,
					MeetingMove.PRINT_INVITATION, MeetingMove.DOWNLOAD_CALENDAR);
			assertThat(meeting.allowedMoves(INVITED, NOW)).containsExactlyInAnyOrder(MeetingMove.ANSWER,
					MeetingMove.PRINT_INVITATION, MeetingMove.DOWNLOAD_CALENDAR);
			assertThat(meeting.whyNot(MeetingMove.RESCHEDULE, INVITED, NOW)).contains("meetings.refused.onlyCaller");
			assertThatThrownBy(() -> meeting.reschedule(MeetingTime.of(STARTS.plusDays(1), 60, "Stadshuset", null),
					INVITED, NOW, AT, 0))
				.isInstanceOfSatisfying(UserFacingException.class,
						refused -> assertThat(refused.messageKey()).isEqualTo("meetings.refused.onlyCaller"));
		}

		@Test
		void aHeldMeetingOffersNothingButTheSurveyToItsCaller() {
			Meeting meeting = called();
			meeting.hold(protocol(), everyonePresent(meeting), CALLER, STARTS, at(STARTS), 0);
			assertThat(meeting.allowedMoves(CALLER, STARTS)).containsExactly(MeetingMove.HAND_OUT_SURVEY);
			assertThat(meeting.allowedMoves(INVITED, STARTS)).isEmpty();
			assertThat(meeting.whyNot(MeetingMove.WRITE_PROTOCOL, CALLER, STARTS))
				.contains("meetings.refused.protocol");
			assertThatThrownBy(() -> meeting.saveProtocolDraft(
					ProtocolDraft.of(null, null, Map.of(), Map.of(), "", List.of(), List.of(), null, null, "", ""),
					CALLER, STARTS, at(STARTS), 0))
				.isInstanceOf(UserFacingException.class);
		}

		@Test
		void aCancelledMeetingOffersOnlyTheCalendarFileThatCancelsIt() {
			Meeting meeting = called();
			meeting.cancel("Sjukdom", CALLER, AT, 0);
			assertThat(meeting.allowedMoves(CALLER, NOW)).containsExactly(MeetingMove.DOWNLOAD_CALENDAR);
			assertThat(meeting.whyNot(MeetingMove.RESCHEDULE, CALLER, NOW)).contains("meetings.refused.reschedule");
		}

	}

	@Nested
	class Holding {

		@Test
		void aMeetingAtElevenAtNightIsNotHeldAtThreeInTheAfternoonOfItsDay() {
			Meeting meeting = called();
			LocalDateTime afternoon = STARTS.toLocalDate().atTime(14, 3);
			assertThat(meeting.allowedMoves(CALLER, afternoon)).contains(MeetingMove.WRITE_PROTOCOL)
				.doesNotContain(MeetingMove.HOLD);
			assertThat(meeting.whyNot(MeetingMove.HOLD, CALLER, afternoon)).contains("meetings.refused.notYet");
			assertThatThrownBy(
					() -> meeting.hold(protocol(), everyonePresent(meeting), CALLER, afternoon, at(afternoon), 0))
				.isInstanceOfSatisfying(UserFacingException.class,
						refused -> assertThat(refused.messageKey()).isEqualTo("meetings.refused.notYet"));
			assertThat(meeting.status()).isEqualTo(MeetingStatus.CALLED);

			assertThat(meeting.allowedMoves(CALLER, STARTS)).contains(MeetingMove.HOLD);
			meeting.hold(protocol(), everyonePresent(meeting), CALLER, STARTS, at(STARTS), 0);
			assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
		}

		@Test
		void aDraftIsSavedBeforeTheMeetingBeginsAndGoneOnceItIsHeld() {
			Meeting meeting = called();
			UUID invitation = meeting.invitations().get(0).invitationId();
			var draft = ProtocolDraft.of(CALLER.staffId(), null, Map.of(invitation, Attendance.REMOTE),
					Map.of(AgendaSection.NEEDS, "Sömnen"), "Sova bättre",
					List.of(new ProtocolDraft.Goal("Jag vill sova", PlanContent.Goal.Term.SHORT, "", "")),
					List.of(new ProtocolDraft.Action(null, "", INVITED_UNIT, LocalDate.of(2027, 2, 1),
							LocalDate.of(2027, 1, 1), PlanContent.Action.Timing.INDEPENDENT, null)),
					null, null, "", "");
			meeting.saveProtocolDraft(draft, CALLER, NOW, AT, 0);
			ProtocolDraft saved = meeting.protocolDraft().orElseThrow();
			assertThat(saved.savedBy()).isEqualTo(CALLER.staffId());
			assertThat(saved.savedAt()).isEqualTo(AT);
			assertThat(saved.attendance()).containsEntry(invitation, Attendance.REMOTE);
			// half-filled and out of order is fine in a draft: it is checked when held
			assertThat(saved.actions()).singleElement().satisfies(action -> assertThat(action.description()).isEmpty());
			assertThat(meeting.status()).isEqualTo(MeetingStatus.CALLED);
			assertThat(meeting.domainEventsForTest())
				.noneMatch(event -> !(event instanceof MeetingEvents.MeetingCalled));

			assertThatThrownBy(() -> meeting.saveProtocolDraft(draft, INVITED, NOW, AT, 0))
				.isInstanceOf(UserFacingException.class);
			meeting.hold(protocol(), everyonePresent(meeting), CALLER, STARTS, at(STARTS), 0);
			assertThat(meeting.protocolDraft()).isEmpty();
		}

	}

	@Nested
	class Rescheduling {

		@Test
		void aNewTimeAsksEveryoneAgainAndRemindersStartOver() {
			Meeting meeting = called();
			UUID unit = meeting.invitationFor(INVITED_UNIT).orElseThrow().invitationId();
			meeting.answer(unit, Answer.ACCEPTED, "Bodil Ekman", null, INVITED, AT);
			Instant reminded = DEADLINES.remindAfter(AT);
			meeting.remind(DEADLINES, reminded);
			assertThat(meeting.invitations().get(1).remindedAt()).isEqualTo(reminded);

			Instant movedAt = reminded.plus(Duration.ofHours(1));
			meeting.reschedule(MeetingTime.of(STARTS.plusDays(1), 60, "Stadshuset", null), CALLER,
					LocalDateTime.ofInstant(movedAt, STOCKHOLM), movedAt, 0);

			assertThat(meeting.invitations()).allSatisfy(invitation -> {
				assertThat(invitation.answer()).isEqualTo(Answer.NONE);
				assertThat(invitation.attendees()).isNull();
				assertThat(invitation.remindedAt()).isNull();
			});
			assertThat(meeting.askedAt()).isEqualTo(movedAt);
			assertThat(meeting.sequence()).isEqualTo(1);
			// the reminder counts from the new asking, not from the kallelse
			assertThat(meeting.remind(DEADLINES, DEADLINES.remindAfter(movedAt).minusSeconds(60))).isFalse();
			assertThat(meeting.remind(DEADLINES, DEADLINES.remindAfter(movedAt))).isTrue();
		}

		@Test
		void aNewPlaceAloneKeepsTheAnswers() {
			Meeting meeting = called();
			UUID unit = meeting.invitationFor(INVITED_UNIT).orElseThrow().invitationId();
			meeting.answer(unit, Answer.ACCEPTED, "Bodil Ekman", null, INVITED, AT);
			meeting.reschedule(MeetingTime.of(STARTS, 60, "Rådhuset, rum 3", null), CALLER, NOW, AT, 0);
			assertThat(meeting.invitationFor(INVITED_UNIT).orElseThrow().answer()).isEqualTo(Answer.ACCEPTED);
			assertThat(meeting.sequence()).isEqualTo(1);
		}

		@Test
		void aTimeCloserThanTheCountysNoticeIsAWarningNotARefusal() {
			Meeting meeting = called();
			assertThat(meeting.askedAtShortNotice(DEADLINES)).isFalse();
			// Monday 10:00 + 5 working days is Monday 10:00 next week; Friday is sooner
			meeting.reschedule(MeetingTime.of(LocalDateTime.of(2026, 11, 27, 9, 0), 60, "Stadshuset", null), CALLER,
					NOW, AT, 0);
			assertThat(meeting.time().startsAt()).isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 0));
			assertThat(meeting.askedAtShortNotice(DEADLINES)).isTrue();
			assertThat(DEADLINES.isShortNotice(AT, LocalDateTime.of(2026, 11, 30, 10, 0))).isFalse();
		}

		@Test
		void everyProblemWithTheNewTimeIsNamedAtOnce() {
			Meeting meeting = called();
			assertThatThrownBy(
					() -> meeting.reschedule(new MeetingTime.Asked(null, null, 5, " ", "http://x"), CALLER, NOW, AT, 0))
				.isInstanceOfSatisfying(FieldRefusals.class,
						refusals -> assertThat(refusals.refusals()).extracting(FieldRefusal::field)
							.containsExactly("date", "time", "minutes", "videoLink"));
			assertThat(meeting.sequence()).isZero();
		}

	}

	@Nested
	class Calling {

		@Test
		void everyProblemWithTheKallelseIsNamedAtOnceWithTheFormsFields() {
			assertThatThrownBy(() -> Meeting.call(UUID.randomUUID(), UUID.randomUUID(), MeetingKind.FIRST, false,
					new Meeting.Call(" ", new MeetingTime.Asked(NOW.toLocalDate(), LocalTime.of(9, 0), 60, "", ""),
							"x".repeat(Meeting.AGENDA_LENGTH + 1), ""),
					List.of(), KINDS, CALLER, NOW, AT))
				.isInstanceOfSatisfying(FieldRefusals.class,
						refusals -> assertThat(refusals.refusals()).extracting(FieldRefusal::field)
							.containsExactly("purpose", "date", "place", "agenda", "messageToIndividual", "units"));
		}

		@Test
		void aUnitThatGivesNoCareIsNotInvited() {
			assertThatThrownBy(() -> Meeting.call(UUID.randomUUID(), UUID.randomUUID(), MeetingKind.FIRST, false,
					new Meeting.Call("Planera", MeetingTime.of(STARTS, 60, "Stadshuset", null), "", "Hej"),
					List.of(Invitee.unit(INVITED_UNIT), Invitee.unit(ANALYSTS)), KINDS, CALLER, NOW, AT))
				.isInstanceOfSatisfying(FieldRefusal.class, refusal -> {
					assertThat(refusal.field()).isEqualTo("units");
					assertThat(refusal.messageKey()).isEqualTo("meetings.invitees.givesNoCare");
				});
			// nor a unit the directory does not know
			assertThatThrownBy(() -> Meeting.call(UUID.randomUUID(), UUID.randomUUID(), MeetingKind.FIRST, false,
					new Meeting.Call("Planera", MeetingTime.of(STARTS, 60, "Stadshuset", null), "", "Hej"),
					List.of(Invitee.unit(UUID.randomUUID())), KINDS, CALLER, NOW, AT))
				.isInstanceOf(FieldRefusal.class);
		}

	}

	@Nested
	class ClosingTheSip {

		@Test
		void aClosedSipCancelsItsCalledMeetingOnceAndThenNothingMovesIt() {
			Meeting meeting = called();
			assertThat(meeting.cancelBecauseSipClosed(ClosingReason.CONSENT_WITHDRAWN, AT)).isTrue();
			assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
			assertThat(meeting.cancelCause()).contains(CancelCause.CONSENT_WITHDRAWN);
			assertThat(meeting.sequence()).isEqualTo(1);
			assertThat(meeting.cancelBecauseSipClosed(ClosingReason.CONSENT_WITHDRAWN, AT)).isFalse();
			assertThat(meeting.domainEventsForTest()).filteredOn(MeetingEvents.MeetingCancelled.class::isInstance)
				.singleElement()
				.satisfies(event -> assertThat(((MeetingEvents.MeetingCancelled) event).cause())
					.isEqualTo(CancelCause.CONSENT_WITHDRAWN));

			assertThat(meeting.allowedMoves(CALLER, NOW)).containsExactly(MeetingMove.DOWNLOAD_CALENDAR);
			assertThatThrownBy(() -> meeting.reschedule(MeetingTime.of(STARTS.plusDays(1), 60, "Stadshuset", null),
					CALLER, NOW, AT, 0))
				.isInstanceOfSatisfying(UserFacingException.class,
						refused -> assertThat(refused.messageKey()).isEqualTo("meetings.refused.sipClosed"));
		}

		@Test
		void aHeldMeetingStaysHeldWhenItsSipCloses() {
			Meeting meeting = called();
			meeting.hold(protocol(), everyonePresent(meeting), CALLER, STARTS, at(STARTS), 0);
			assertThat(meeting.cancelBecauseSipClosed(ClosingReason.NEED_MET, at(STARTS))).isFalse();
			assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
		}

	}

	@Test
	void anAnswerTheCallersUnitRecordedIsNoNewsToTheCaller() {
		Meeting meeting = called();
		meeting.answer(meeting.invitations().get(1).invitationId(), Answer.DECLINED, null, "Jobbar", CALLER, AT);
		meeting.answer(meeting.invitationFor(INVITED_UNIT).orElseThrow().invitationId(), Answer.ACCEPTED, "Bodil", null,
				INVITED, AT);
		assertThat(meeting.domainEventsForTest()).filteredOn(MeetingEvents.InvitationAnswered.class::isInstance)
			.extracting(event -> ((MeetingEvents.InvitationAnswered) event).recordedByCaller())
			.containsExactly(true, false);
	}

}
