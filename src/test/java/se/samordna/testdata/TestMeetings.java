package se.samordna.testdata;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.TestClock;
import se.samordna.TestLogins;
import se.samordna.directory.Directory;
import se.samordna.meetings.Answer;
import se.samordna.meetings.Attendance;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingTime;
import se.samordna.meetings.Meetings;
import se.samordna.meetings.Protocol;
import se.samordna.sip.PlanContent;
import se.samordna.sip.Sip;

/**
 * Meetings for one test, built through {@link Meetings} as staff would: called by the
 * staff member signed in in the test's thread, answered by the invited units' own staff,
 * and held with everyone present.
 */
@TestComponent
public class TestMeetings {

	public static final String PLACE = "Familjecentralen, rum 2";

	private final Meetings meetings;

	private final Directory directory;

	private final UserDetailsService logins;

	private final TestClock clock;

	public TestMeetings(Meetings meetings, Directory directory, UserDetailsService logins, TestClock clock) {
		this.meetings = meetings;
		this.directory = directory;
		this.logins = logins;
		this.clock = clock;
	}

	/**
	 * Calls a meeting of the consented SIP in two weeks, at 10:00 for 90 minutes.
	 * @param persons {@link Meetings#INDIVIDUAL} and {@link TestIndividuals#invitee}s
	 */
	public Meeting called(Sip sip, Set<UUID> units, Set<String> persons) {
		return called(sip, LocalDate.now(clock).plusDays(14).atTime(LocalTime.of(10, 0)), units, persons);
	}

	public Meeting called(Sip sip, LocalDateTime at, Set<UUID> units, Set<String> persons) {
		return meetings.call(sip.id(), new Meeting.Call("Planera stödet tillsammans",
				MeetingTime.of(at, 90, PLACE, null), "", "Välkommen! Vi ses för att planera tillsammans med dig."),
				units, persons);
	}

	/** The unit's answer, given by {@code username} of that unit. */
	public Meeting answered(Meeting meeting, String username, Answer answer) {
		UUID unit = directory.staffByUsername(username).orElseThrow().unitId();
		UUID invitation = meeting.invitationFor(unit).orElseThrow().invitationId();
		return TestLogins.as(logins, username,
				() -> meetings.answer(meeting.sipId(), meeting.id(), invitation, answer,
						answer == Answer.DECLINED ? null : "Någon från enheten",
						answer == Answer.DECLINED ? "Vi kan inte den dagen." : null));
	}

	/**
	 * A first meeting held two weeks ago (called three days before it), everyone present:
	 * its plan for {@code units} is confirmed with {@code coordinator} (a staff id), to
	 * be followed up in two months. Made in the past, so the clock is where it was.
	 */
	public Meeting heldFirstMeeting(Sip consented, UUID coordinator, Set<UUID> units, Set<String> persons) {
		LocalDateTime at = LocalDate.now(clock).minusDays(14).atTime(LocalTime.of(10, 0));
		Duration sinceCall = Duration.between(at.minusDays(3).atZone(clock.getZone()).toInstant(), clock.instant());
		Meeting called = clock.inThePast(sinceCall, () -> called(consented, at, units, persons));
		Duration sinceEnd = Duration.between(at.plusMinutes(90).atZone(clock.getZone()).toInstant(), clock.instant());
		return clock.inThePast(sinceEnd, () -> hold(called, coordinator, TestSips.plan(units.toArray(UUID[]::new)),
				LocalDate.now(clock).plusMonths(2)));
	}

	/** Holds the meeting now, everyone present, as the signed-in staff member. */
	public Meeting hold(Meeting meeting, UUID coordinator, PlanContent decided, LocalDate followUp) {
		UUID by = meeting.calledBy();
		Map<UUID, Attendance> attendance = new HashMap<>();
		meeting.invitations().forEach(invitation -> attendance.put(invitation.invitationId(), Attendance.PRESENT));
		return meetings.hold(meeting.sipId(), meeting.id(), meeting.version(),
				new Protocol(by, by, Map.of(), coordinator, followUp, "Alla kom till tals.", "Inget."), attendance,
				decided);
	}

}
