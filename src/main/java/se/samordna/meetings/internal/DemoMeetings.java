package se.samordna.meetings.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.samordna.directory.Directory;
import se.samordna.directory.UnitKind;
import se.samordna.meetings.Answer;
import se.samordna.meetings.Protocol;
import se.samordna.meetings.Attendance;
import se.samordna.meetings.Invitee;
import se.samordna.meetings.InviteeKind;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingKind;
import se.samordna.meetings.MeetingTime;
import se.samordna.platform.DemoModeCondition;
import se.samordna.platform.DemoSettings;
import se.samordna.sip.Actor;

/**
 * Demo mode's meetings, to go with the demo SIPs: Gunnar's first meeting is called (his
 * SIP is INVITED) and hemsjukvården has accepted; Alex's follow-up meeting is called, BUP
 * comes, elevhälsan cannot, and his mother has not answered yet. Built through the
 * aggregate, once, after the demo SIPs, and only when those SIPs are in the state the
 * meeting belongs to; only with the demo cast ({@link DemoSettings#cast()}).
 */
@Component
@Conditional(DemoModeCondition.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoMeetings implements ApplicationRunner {

	static final UUID VARDCENTRAL = UUID.fromString("20000000-0000-0000-0000-000000000001");

	static final UUID BUP = UUID.fromString("20000000-0000-0000-0000-000000000002");

	static final UUID SOCIALTJANST_UPPSALA = UUID.fromString("20000000-0000-0000-0000-000000000011");

	static final UUID BISTAND_UPPSALA = UUID.fromString("20000000-0000-0000-0000-000000000012");

	static final UUID HEMSJUKVARD_UPPSALA = UUID.fromString("20000000-0000-0000-0000-000000000013");

	static final UUID ELEVHALSA = UUID.fromString("20000000-0000-0000-0000-000000000015");

	static final Actor ANNA = new Actor(UUID.fromString("30000000-0000-0000-0000-000000000001"), SOCIALTJANST_UPPSALA);

	static final Actor ERIK = new Actor(UUID.fromString("30000000-0000-0000-0000-000000000002"), VARDCENTRAL);

	static final Actor HANNA = new Actor(UUID.fromString("30000000-0000-0000-0000-000000000008"), HEMSJUKVARD_UPPSALA);

	static final Actor BODIL = new Actor(UUID.fromString("30000000-0000-0000-0000-000000000007"), BUP);

	static final Actor ELLA = new Actor(UUID.fromString("30000000-0000-0000-0000-000000000009"), ELEVHALSA);

	static final UUID BISTAND_ENKOPING = UUID.fromString("20000000-0000-0000-0000-000000000021");

	static final UUID HEMSJUKVARD_ENKOPING = UUID.fromString("20000000-0000-0000-0000-000000000023");

	static final Actor OLLE = new Actor(UUID.fromString("30000000-0000-0000-0000-000000000004"), BISTAND_ENKOPING);

	static final UUID BO = UUID.fromString("40000000-0000-0000-0000-000000000007");

	static final UUID GUNNAR = UUID.fromString("40000000-0000-0000-0000-000000000004");

	static final UUID ALEX = UUID.fromString("40000000-0000-0000-0000-000000000001");

	private final MeetingRepository meetings;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Directory directory;

	private final DemoSettings demo;

	DemoMeetings(MeetingRepository meetings, JdbcClient jdbc, TransactionTemplate transaction, Clock clock,
			Directory directory, DemoSettings demo) {
		this.meetings = meetings;
		this.directory = directory;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.cast()) {
			return;
		}
		if (jdbc.sql("select count(*) from meeting").query(Long.class).single() > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			sipOf(GUNNAR, "INVITED").ifPresent(this::gunnarsFirstMeeting);
			sipOf(ALEX, "PLAN_ACTIVE").ifPresent(this::alexsFollowUp);
			sipOf(BO, "CLOSED").ifPresent(this::bosFirstMeetingLongAgo);
		});
	}

	private Optional<UUID> sipOf(UUID individual, String status) {
		return jdbc.sql("select id from sip where individual_id = ? and status = ? order by started_at limit 1")
			.params(individual, status)
			.query(UUID.class)
			.optional();
	}

	private void gunnarsFirstMeeting(UUID sipId) {
		Instant calledAt = Instant.now(clock).minus(Duration.ofDays(3));
		Meeting meeting = Meeting.call(sipId, GUNNAR, MeetingKind.FIRST, false,
				new Meeting.Call("Planera stödet hemma efter sjukhusvistelsen.",
						MeetingTime.of(at(5, 13, 0), 60, "Vårdcentralen Lindgården, samtalsrummet", null), "",
						"Hej Gunnar! Vi ses för att planera hjälpen hemma. Gudrun är välkommen med."),
				List.of(Invitee.unit(HEMSJUKVARD_UPPSALA), Invitee.unit(BISTAND_UPPSALA),
						Invitee.person(InviteeKind.REPRESENTATIVE, "Gudrun Holm", "gudrun@example.se")),
				unitKinds(), ERIK, LocalDateTime.now(clock).minusDays(3), calledAt);
		meeting.answer(meeting.invitationFor(HEMSJUKVARD_UPPSALA).orElseThrow().invitationId(), Answer.ACCEPTED,
				"Hanna Ström", null, HANNA, calledAt.plus(Duration.ofHours(20)));
		meetings.save(meeting);
	}

	private void alexsFollowUp(UUID sipId) {
		Instant calledAt = Instant.now(clock).minus(Duration.ofDays(1));
		Meeting meeting = Meeting.call(sipId, ALEX, MeetingKind.FOLLOW_UP, false,
				new Meeting.Call("Följa upp planen: hur går det i skolan och med sömnen?",
						MeetingTime.of(at(20, 15, 30), 60, "Familjecentralen Gottsunda",
								"https://video.example.se/sip-alex"),
						"", "Hej Alex! Nu ska vi se hur det har gått. Du kan vara med på plats eller via video."),
				List.of(Invitee.unit(BUP), Invitee.unit(ELEVHALSA),
						Invitee.person(InviteeKind.INDIVIDUAL, "Alex Lindqvist", null),
						Invitee.person(InviteeKind.GUARDIAN, "Maria Lindqvist", "maria@example.se")),
				unitKinds(), ANNA, LocalDateTime.now(clock).minusDays(1), calledAt);
		meeting.answer(meeting.invitationFor(BUP).orElseThrow().invitationId(), Answer.ACCEPTED, "Bodil Ekman", null,
				BODIL, calledAt.plus(Duration.ofHours(2)));
		meeting.answer(meeting.invitationFor(ELEVHALSA).orElseThrow().invitationId(), Answer.DECLINED, null,
				"Skolkuratorn är på utbildning den dagen; vi skickar en skriftlig rapport.", ELLA,
				calledAt.plus(Duration.ofHours(5)));
		meeting.answer(meeting.invitations().get(2).invitationId(), Answer.ACCEPTED, "Alex", null, ANNA,
				calledAt.plus(Duration.ofHours(6)));
		meetings.save(meeting);
	}

	/**
	 * Bo's first meeting in Enköping, held 190 days ago, where his plan was made: Bo
	 * answered and came, hemsjukvården came without answering, his daughter neither
	 * answered nor came. The statistics count it.
	 */
	private void bosFirstMeetingLongAgo(UUID sipId) {
		LocalDateTime calledAt = LocalDateTime.now(clock).minusDays(197);
		LocalDateTime startsAt = LocalDate.now(clock).minusDays(190).atTime(LocalTime.of(9, 0));
		Meeting meeting = Meeting.call(sipId, BO, MeetingKind.FIRST, false,
				new Meeting.Call("Planera stödet hemma.",
						MeetingTime.of(startsAt, 60, "Biståndsenheten, Enköping", null), "",
						"Hej Bo! Vi ses för att planera hjälpen hemma."),
				List.of(Invitee.unit(HEMSJUKVARD_ENKOPING), Invitee.person(InviteeKind.INDIVIDUAL, "Bo Nyström", null),
						Invitee.person(InviteeKind.RELATIVE, "Lena Nyström", null)),
				unitKinds(), OLLE, calledAt, calledAt.atZone(clock.getZone()).toInstant());
		meeting.answer(meeting.invitations().get(1).invitationId(), Answer.ACCEPTED, "Bo", null, OLLE,
				calledAt.plusDays(2).atZone(clock.getZone()).toInstant());
		var attendance = new HashMap<UUID, Attendance>();
		attendance.put(meeting.invitations().get(0).invitationId(), Attendance.PRESENT);
		attendance.put(meeting.invitations().get(1).invitationId(), Attendance.PRESENT);
		attendance.put(meeting.invitations().get(2).invitationId(), Attendance.ABSENT_WITHOUT_NOTICE);
		LocalDateTime heldAt = startsAt.plusHours(1);
		meeting.hold(new Protocol(OLLE.staffId(), OLLE.staffId(), Map.of(), OLLE.staffId(),
				LocalDate.now(clock).minusDays(100), "Bo ledde själv en del av mötet.", "Bjuda in dottern tidigare."),
				attendance, OLLE, heldAt, heldAt.atZone(clock.getZone()).toInstant(), meeting.version());
		meetings.save(meeting);
	}

	private Map<UUID, UnitKind> unitKinds() {
		Map<UUID, UnitKind> kinds = new HashMap<>();
		directory.units().forEach(unit -> kinds.put(unit.id(), unit.kind()));
		return kinds;
	}

	private LocalDateTime at(int daysAhead, int hour, int minute) {
		return LocalDate.now(clock).plusDays(daysAhead).atTime(LocalTime.of(hour, minute));
	}

}
