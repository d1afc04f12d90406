package se.samordna.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.TestLogins;
import se.samordna.directory.TestUnits;
import se.samordna.people.Individual;
import se.samordna.people.People;
import se.samordna.people.RelationDetails;
import se.samordna.people.RelationKind;
import se.samordna.sip.Assessment;
import se.samordna.sip.ConsentGiver;
import se.samordna.sip.ConsentMethod;
import se.samordna.sip.PlanContent;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;
import se.samordna.testdata.TestIndividuals;

/**
 * Fresh people, SIPs and meetings for one meetings test, built through the use cases as
 * anna (Socialtjänst barn och unga, Uppsala kommun) builds them. Not a Spring component,
 * so that the shared test context stays the same.
 */
final class MeetingFixtures {

	static final UUID ANNA = UUID.fromString("30000000-0000-0000-0000-000000000001");

	static final UUID ANNAS_UNIT = TestUnits.SOCIALTJANST_BARN_UPPSALA;

	static final UUID ANALYS = UUID.fromString("20000000-0000-0000-0000-000000000006");

	private final Sips sips;

	private final Meetings meetings;

	private final People people;

	private final TestIndividuals individuals;

	private final UserDetailsService logins;

	private final Clock clock;

	MeetingFixtures(Sips sips, Meetings meetings, People people, TestIndividuals individuals, UserDetailsService logins,
			Clock clock) {
		this.sips = sips;
		this.meetings = meetings;
		this.people = people;
		this.individuals = individuals;
		this.logins = logins;
		this.clock = clock;
	}

	/** A new adult, registered by anna, with a sister and a cousin as relatives. */
	Individual adultWithRelatives() {
		TestLogins.signIn(logins, "anna");
		Individual person = individuals.adult("Tilde", "Mötesson");
		person = people.addRelation(person.id(), person.version(),
				new RelationDetails(RelationKind.RELATIVE, "Rut Mötesson", null, null, null, Set.of(), "syster"));
		return people.addRelation(person.id(), person.version(),
				new RelationDetails(RelationKind.RELATIVE, "Sten Mötesson", null, null, null, Set.of(), "kusin"));
	}

	/**
	 * A SIP for the person, consented for the kommun, the region and Försäkringskassan.
	 */
	Sip consentedSip(Individual person) {
		TestLogins.signIn(logins, "anna");
		Sip sip = sips.start(person.id(), new Assessment(Assessment.NoticedBy.SOCIALTJANST,
				Assessment.LegalTrack.SOL_HSL, Assessment.SipLevel.SIP, "Behov av samordning."));
		return sips.recordConsent(sip.id(), sip.version(), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.ORAL,
				LocalDate.now(clock),
				Set.of(TestUnits.UPPSALA_KOMMUN, TestUnits.REGION_UPPSALA, TestUnits.FORSAKRINGSKASSAN), null, null);
	}

	Meeting.Call call(LocalDateTime startsAt) {
		return new Meeting.Call("Planera stödet tillsammans.", MeetingTime.of(startsAt, 60, "Stadshuset, rum 4", null),
				"", "Hej! Vi ses för att planera tillsammans med dig.");
	}

	/** Anna calls the vårdcentral and Försäkringskassan, and the person. */
	Meeting callUnits(Sip sip, LocalDateTime startsAt) {
		TestLogins.signIn(logins, "anna");
		return meetings.call(sip.id(), call(startsAt),
				Set.of(TestUnits.VARDCENTRALEN_LINDGARDEN, TestUnits.FORSAKRINGSKASSAN_UPPSALA),
				Set.of(Meetings.INDIVIDUAL));
	}

	static Map<UUID, Attendance> present(Meeting meeting) {
		Map<UUID, Attendance> attendance = new HashMap<>();
		meeting.invitations().forEach(i -> attendance.put(i.invitationId(), Attendance.PRESENT));
		return attendance;
	}

	/** A plan the first meeting can confirm: anna's unit does the one action. */
	static PlanContent plan() {
		return new PlanContent(List.of("Trygghet hemma"),
				List.of(new PlanContent.Goal("Jag vill bo kvar hemma", PlanContent.Goal.Term.LONG, List.of(),
						"Socialtjänsten")),
				List.of(new PlanContent.Action(UUID.randomUUID(), "Samtal varje vecka", ANNAS_UNIT, null, null,
						PlanContent.Action.Timing.INDEPENDENT, null)),
				List.of());
	}

	/** Anna chairs, writes and coordinates; the follow-up in three months. */
	Protocol protocol() {
		return new Protocol(ANNA, ANNA, Map.of(), ANNA, LocalDate.now(clock).plusMonths(3), "", "");
	}

}
