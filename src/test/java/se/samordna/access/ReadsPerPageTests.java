package se.samordna.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.directory.Directory;
import se.samordna.directory.Role;
import se.samordna.directory.StaffAccount;
import se.samordna.directory.StaffDetails;
import se.samordna.directory.TestUnits;
import se.samordna.directory.Unit;
import se.samordna.directory.UnitDetails;
import se.samordna.directory.UnitKind;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingTime;
import se.samordna.meetings.Meetings;
import se.samordna.sip.Assessment;
import se.samordna.sip.ConsentGiver;
import se.samordna.sip.ConsentMethod;
import se.samordna.sip.PlanContent;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;
import se.samordna.testdata.StatementCounter;
import se.samordna.testdata.TestIndividuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a page costs: the worklist, the case page and the meeting page each write one
 * access-log row per SIP they show, and run as many SQL statements for a small case as
 * for a large one; none reads a whole table of the directory, and the pages that offer a
 * choice of staff read only the candidates, in a fixed number of statements. Each test
 * builds a small and a large case of its own (fresh units and staff, so nothing else is
 * on their pages), then reads both.
 */
@IntegrationTest
class ReadsPerPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	@Autowired
	Directory directory;

	@Autowired
	Sips sips;

	@Autowired
	Meetings meetings;

	@Autowired
	TestIndividuals individuals;

	@Autowired
	StatementCounter counter;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		TestLogins.signOut();
	}

	@Test
	void theWorklistLogsEachSipItShowsOnceAndRunsAsManyStatementsForThirtyAsForThree() throws Exception {
		StaffAccount few = staffOf(unit("Fa"));
		StaffAccount many = staffOf(unit("Manga"));
		List<UUID> fewSips = startSips(few, 3);
		List<UUID> manySips = startSips(many, 30);

		Cost small = read(few, "/sip", fewSips.stream().map(id -> "/sip/" + id).toList());
		Cost large = read(many, "/sip", manySips.stream().map(id -> "/sip/" + id).toList());

		assertThat(small.logRows()).as("log rows, 3 SIPs").isEqualTo(3);
		assertThat(large.logRows()).as("log rows, 30 SIPs").isEqualTo(30);
		assertThat(large.statements()).as("statements for 30 SIPs against %s for 3", small.statements().size())
			.hasSameSizeAs(small.statements());
	}

	@Test
	void theCasePageLogsOneRowAndRunsAsManyStatementsForTenParticipantsAndVersionsAsForOne() throws Exception {
		StaffAccount coordinator = staffOf(unit("Start"));
		List<Unit> units = units("Deltagare", 10, false);
		UUID smallSip = caseWith(coordinator, units.subList(0, 1), 1);
		UUID largeSip = caseWith(coordinator, units, 10);

		Cost small = read(coordinator, "/sip/" + smallSip, List.of(units.get(0).name()));
		Cost large = read(coordinator, "/sip/" + largeSip, units.stream().map(Unit::name).toList());

		assertOneRowAndAsManyStatements(small, large, "10 participants and versions against 1");
	}

	@Test
	void theMeetingPageLogsOneRowAndRunsAsManyStatementsForTwelveInviteesAsForTwo() throws Exception {
		StaffAccount caller = staffOf(unit("Kallar"));
		List<Unit> units = units("Inbjuden", 12, false);
		String smallMeeting = meetingWith(caller, units.subList(0, 2));
		String largeMeeting = meetingWith(caller, units);

		Cost small = read(caller, smallMeeting, units.subList(0, 2).stream().map(Unit::name).toList());
		Cost large = read(caller, largeMeeting, units.stream().map(Unit::name).toList());

		assertOneRowAndAsManyStatements(small, large, "12 invitees against 2");
	}

	@Test
	void theConfirmAndProtocolPagesReadOnlyTheCandidatesTheyOfferWithAFixedNumberOfStatements() throws Exception {
		StaffAccount coordinator = staffOf(unit("Samordnare"));
		List<Unit> units = units("Kandidat", 12, true);
		UUID smallSip = caseWith(coordinator, units.subList(0, 1), 1);
		UUID largeSip = caseWith(coordinator, units, 1);
		String smallMeeting = meetingWith(coordinator, units.subList(0, 2));
		String largeMeeting = meetingWith(coordinator, units);

		// confirming offers the staff of the participating kommun and region units
		Cost fewCoordinators = read(coordinator, "/sip/" + smallSip + "/faststall", List.of(coordinator.displayName()));
		Cost manyCoordinators = read(coordinator, "/sip/" + largeSip + "/faststall",
				List.of(coordinator.displayName()));
		// the protocol offers the staff of the units in the SIP for its roles
		Cost fewStaff = read(coordinator, smallMeeting + "/protokoll", List.of(coordinator.displayName()));
		Cost manyStaff = read(coordinator, largeMeeting + "/protokoll", List.of(coordinator.displayName()));

		assertOneRowAndAsManyStatements(fewCoordinators, manyCoordinators, "13 candidate coordinators against 2");
		assertOneRowAndAsManyStatements(fewStaff, manyStaff, "13 candidates for the roles against 3");
	}

	// --- reading a page
	// ----------------------------------------------------------------------

	/** A page's access-log rows and the statements it ran. */
	record Cost(long logRows, List<String> statements) {
	}

	private Cost read(StaffAccount staff, String path, List<String> shown) throws Exception {
		var signedIn = user(logins.loadUserByUsername(staff.username()));
		long before = logRows(staff);
		String[] page = new String[1];
		List<String> statements = counter.during(() -> page[0] = mvc.perform(get(path).with(signedIn))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page[0]).contains(shown);
		assertThat(statements).as("statements that read a whole table of the directory")
			.noneMatch(ReadsPerPageTests::readsAWholeDirectoryTable);
		long rows = logRows(staff) - before;
		return new Cost(rows, statements);
	}

	/** A select from units, organisations or staff with no condition: all of them. */
	private static boolean readsAWholeDirectoryTable(String sql) {
		String statement = sql.toLowerCase(Locale.ROOT).replace("\"", "");
		return statement.startsWith("select") && !statement.contains(" where ")
				&& List.of(" from unit", " from organisation", " from staff_account")
					.stream()
					.anyMatch(table -> statement.contains(table + " ") || statement.endsWith(table));
	}

	private static void assertOneRowAndAsManyStatements(Cost small, Cost large, String what) {
		assertThat(List.of(small.logRows(), large.logRows())).as("log rows, %s", what).containsOnly(1L);
		assertThat(large.statements()).as("statements for %s (%s)", what, small.statements().size())
			.hasSameSizeAs(small.statements());
	}

	private long logRows(StaffAccount staff) {
		return jdbc.sql("select count(*) from access_log where username = ?")
			.param(staff.username())
			.query(Long.class)
			.single();
	}

	// --- the cases, built through the services
	// -----------------------------------------------

	/** A unit of Uppsala kommun that nobody else uses, so its pages show only ours. */
	private Unit unit(String name) {
		TestLogins.signIn(logins, "admin");
		return directory.createUnit(new UnitDetails(TestUnits.UPPSALA_KOMMUN, "Provenhet " + name + " " + suffix(),
				UnitKind.BISTANDSENHET, null, null, null));
	}

	/** Units named after {@code name}, with one staff member each when asked. */
	private List<Unit> units(String name, int count, boolean withStaff) {
		List<Unit> units = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Unit unit = unit(name + i);
			if (withStaff) {
				staffOf(unit);
			}
			units.add(unit);
		}
		return units;
	}

	private StaffAccount staffOf(Unit unit) {
		TestLogins.signIn(logins, "admin");
		String suffix = suffix();
		return directory.createStaff(new StaffDetails("prov-" + suffix, "Provperson " + suffix, null, unit.id(), null,
				Set.of(Role.STAFF), true));
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private Sip startedSip(StaffAccount staff, int age) {
		TestLogins.signIn(logins, staff.username());
		var individual = individuals.aged(age, "Prov", "Person");
		return sips.start(individual.id(), new Assessment(Assessment.NoticedBy.SOCIALTJANST,
				Assessment.LegalTrack.SOL_HSL, Assessment.SipLevel.SIP, "Behöver samordning."));
	}

	private List<UUID> startSips(StaffAccount staff, int count) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(startedSip(staff, 20 + i % 25).id());
		}
		return ids;
	}

	private Sip consented(StaffAccount staff) {
		Sip sip = startedSip(staff, 40);
		return sips.recordConsent(sip.id(), sip.version(), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.WRITTEN,
				LocalDate.now(clock), Set.of(TestUnits.UPPSALA_KOMMUN), null, null);
	}

	/**
	 * A SIP with these units taking part, each responsible for an action, and its plan
	 * confirmed {@code versions} times.
	 */
	private UUID caseWith(StaffAccount coordinator, List<Unit> participants, int versions) {
		Sip sip = consented(coordinator);
		for (Unit unit : participants) {
			sip = sips.addUnit(sip.id(), sip.version(), unit.id(), "Insatser");
		}
		for (int version = 1; version <= versions; version++) {
			List<PlanContent.Action> actions = new ArrayList<>();
			for (Unit unit : participants) {
				actions.add(new PlanContent.Action(UUID.randomUUID(), "Insats " + version, unit.id(), null, null,
						PlanContent.Action.Timing.INDEPENDENT, null));
			}
			sip = sips.editPlan(sip.id(), sip.version(), new PlanContent(List.of("Stöd i vardagen"), List
				.of(new PlanContent.Goal("Klara mig själv", PlanContent.Goal.Term.LONG, List.of(), "Socialtjänsten")),
					actions, List.of()));
			sips.confirmPlan(sip.id(), sip.version(), coordinator.id(), LocalDate.now(clock).plusMonths(2),
					sip.participants().stream().map(p -> p.id()).collect(java.util.stream.Collectors.toSet()));
			sip = sips.view(sip.id());
		}
		return sip.id();
	}

	/** A meeting called with these units invited; its page's path. */
	private String meetingWith(StaffAccount caller, List<Unit> invited) {
		Sip sip = consented(caller);
		Set<UUID> units = new LinkedHashSet<>(invited.stream().map(Unit::id).toList());
		Meeting meeting = meetings.call(sip.id(),
				new Meeting.Call("Planera tillsammans",
						MeetingTime.of(LocalDate.now(clock).plusDays(10).atTime(9, 0), 90, "Rum 1", null), "",
						"Hej! Vi ses för att planera tillsammans med dig."),
				units, Set.of());
		return "/sip/" + sip.id() + "/moten/" + meeting.id();
	}

}
