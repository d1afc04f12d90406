package se.samordna.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

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
import se.samordna.people.Individual;
import se.samordna.people.People;
import se.samordna.sip.Assessment;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;
import se.samordna.testdata.TestIndividuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person is read under a logged decision and only once per page: the grant
 * {@link AccessControl} hands out is the only way to the individual behind a SIP, it is
 * good only in the transaction that logged it and only for its own person; and a list's
 * batch decision leaves out, and logs, what the rules refuse.
 */
@IntegrationTest
class AccessGrantsTests {

	@Autowired
	AccessControl access;

	@Autowired
	People people;

	@Autowired
	Sips sips;

	@Autowired
	Directory directory;

	@Autowired
	TestIndividuals individuals;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	UserDetailsService logins;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestLogins.signOut();
	}

	@Test
	void aGrantCannotBeKeptForALaterTransaction() {
		TestLogins.signIn(logins, "anna");
		Individual person = individuals.adult("Greta", "Grant");
		AccessGrant grant = transaction.execute(status -> access.grantRead(People.subject(person),
				AccessedRecord.of("individual", person.id()), Purpose.CARE));

		assertThatThrownBy(() -> transaction.execute(status -> people.readUnder(person.id(), subject -> grant)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("after its transaction");
	}

	@Test
	void peopleHandOutOnlyThePersonTheGrantIsFor() {
		TestLogins.signIn(logins, "anna");
		Individual granted = individuals.adult("Greta", "Grant");
		Individual other = individuals.adult("Olga", "Annan");

		assertThatThrownBy(
				() -> transaction.execute(status -> people.readUnder(other.id(),
						subject -> access.grantRead(People.subject(granted),
								AccessedRecord.of("individual", granted.id()), Purpose.CARE))))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theSipAndItsPersonAreOneDecisionAndOneRow() {
		TestLogins.signIn(logins, "anna");
		Individual person = individuals.adult("Greta", "Grant");
		Sip sip = startedBy(person);
		long before = rows("anna", person.id());

		Sips.Case read = sips.read(sip.id());

		assertThat(read.individual().id()).isEqualTo(person.id());
		assertThat(rows("anna", person.id())).isEqualTo(before + 1);
		assertThat(new AccessLogRows(jdbc).lastRecord("anna", person.id())).isEqualTo("sip:" + sip.id());
	}

	@Test
	void aListLeavesOutTheRowsTheRulesRefuseAndLogsEachRefusal() throws Exception {
		TestLogins.signIn(logins, "admin");
		Unit unit = directory.createUnit(new UnitDetails(TestUnits.UPPSALA_KOMMUN, "Provenhet lista " + suffix(),
				UnitKind.BISTANDSENHET, null, null, null));
		StaffAccount caseworker = staff(unit, Role.STAFF);
		// of the same unit, but with no role that reads personal data
		StaffAccount analyst = staff(unit, Role.STATISTICS);
		TestLogins.signIn(logins, caseworker.username());
		Individual first = individuals.adult("Lina", "Lista");
		Individual second = individuals.adult("Lars", "Lista");
		startedBy(first);
		startedBy(second);

		String page = mvc.perform(get("/sip").with(user(logins.loadUserByUsername(analyst.username()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).doesNotContain("Lina Lista", "Lars Lista");
		AccessLogRows log = new AccessLogRows(jdbc);
		for (Individual person : List.of(first, second)) {
			assertThat(log.count(analyst.username(), person.id(), "READ", "REFUSED")).isEqualTo(1);
			assertThat(log.count(analyst.username(), person.id(), "READ", "GRANTED")).isZero();
			assertThat(log.lastReason(analyst.username(), person.id())).isEqualTo("access.denied.role");
		}
	}

	private Sip startedBy(Individual person) {
		return sips.start(person.id(), new Assessment(Assessment.NoticedBy.SOCIALTJANST, Assessment.LegalTrack.SOL_HSL,
				Assessment.SipLevel.SIP, "Behöver samordning."));
	}

	private StaffAccount staff(Unit unit, Role role) {
		TestLogins.signIn(logins, "admin");
		String suffix = suffix();
		return directory.createStaff(
				new StaffDetails("prov-" + suffix, "Provperson " + suffix, null, unit.id(), null, Set.of(role), true));
	}

	private long rows(String username, UUID individualId) {
		return jdbc.sql("select count(*) from access_log where username = ? and individual_id = ?")
			.params(username, individualId)
			.query(Long.class)
			.single();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
