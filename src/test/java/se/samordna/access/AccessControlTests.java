package se.samordna.access;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.people.Individual;
import se.samordna.people.People;
import se.samordna.platform.NotFoundException;
import se.samordna.testdata.TestIndividuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AccessControlTests {

	@Autowired
	People people;

	@Autowired
	AccessControl access;

	@Autowired
	UserDetailsService logins;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestIndividuals individuals;

	AccessLogRows log;

	/** Known to anna's unit only. */
	Individual alex;

	@BeforeEach
	void setUp() {
		log = new AccessLogRows(jdbc);
		alex = TestLogins.as(logins, "anna", () -> individuals.aged(16, "Alex", "Lindqvist"));
	}

	@AfterEach
	void signOut() {
		TestLogins.signOut();
	}

	@Nested
	class Outsiders {

		@Test
		void aUserOfAnUnrelatedUnitIsRefusedAsIfThePersonDidNotExist() {
			TestLogins.signIn(logins, "olle");

			assertThatThrownBy(() -> transaction.executeWithoutResult(status -> people.view(alex.id())))
				.isInstanceOf(NotFoundException.class);

			assertThat(log.count("olle", alex.id(), "READ", "REFUSED")).isEqualTo(1);
			assertThat(log.lastReason("olle", alex.id())).isEqualTo("access.denied.noRelation");
		}

		@Test
		void anAdministratorDoesNotReadPersonalData() {
			TestLogins.signIn(logins, "admin");
			assertThatThrownBy(() -> transaction.executeWithoutResult(status -> people.view(alex.id())))
				.isInstanceOf(NotFoundException.class);
			assertThat(log.lastReason("admin", alex.id())).isEqualTo("access.denied.role");
		}

		@Test
		void aStatisticsUserDoesNotReadPersonalData() {
			TestLogins.signIn(logins, "lars");
			assertThatThrownBy(() -> transaction.executeWithoutResult(status -> people.view(alex.id())))
				.isInstanceOf(NotFoundException.class);
			assertThat(log.count("lars", alex.id(), "READ", "REFUSED")).isEqualTo(1);
		}

		@Test
		void searchingForSomeoneTheUnitDoesNotKnowFindsNothingAndIsLogged() {
			TestLogins.signIn(logins, "olle");
			assertThat(people.search(alex.personnummer())).isEmpty();
			assertThat(log.count("olle", alex.id(), "SEARCH", "REFUSED")).isEqualTo(1);
		}

	}

	@Nested
	class Insiders {

		@Test
		void aUserWhoseUnitKnowsThePersonReadsAndTheReadIsLogged() {
			TestLogins.signIn(logins, "anna");
			long before = log.count("anna", alex.id(), "READ", "GRANTED");
			assertThat(people.view(alex.id()).fullName()).isEqualTo("Alex Lindqvist");
			assertThat(log.count("anna", alex.id(), "READ", "GRANTED")).isEqualTo(before + 1);
			assertThat(log.lastRecord("anna", alex.id())).isEqualTo("individual:" + alex.id());
		}

		@Test
		void readsOfAProtectedPersonAreFlaggedInTheLog() {
			TestLogins.signIn(logins, "erik");
			Individual sanna = individuals.protectedPerson("Sanna", "Ek");
			people.view(sanna.id());
			Boolean flagged = jdbc.sql("""
					select protected_person from access_log where username = 'erik' and individual_id = ?
					order by id desc limit 1""").param(sanna.id()).query(Boolean.class).single();
			assertThat(flagged).isTrue();
		}

	}

	@Nested
	class FailingClosed {

		@Test
		void theGrantedRowIsWrittenInTheSameTransactionAsTheRead() {
			TestLogins.signIn(logins, "anna");
			long before = log.count("anna", alex.id(), "READ", "GRANTED");
			transaction.executeWithoutResult(status -> {
				people.view(alex.id());
				status.setRollbackOnly();
			});
			assertThat(log.count("anna", alex.id(), "READ", "GRANTED")).isEqualTo(before);
		}

		@Test
		void aCheckOutsideATransactionIsRefused() {
			TestLogins.signIn(logins, "anna");
			var subject = People.subject(people.view(alex.id()));
			assertThatThrownBy(
					() -> access.requireRead(subject, AccessedRecord.of("individual", alex.id()), Purpose.CARE))
				.isInstanceOf(IllegalTransactionStateException.class);
		}

		@Test
		void aReadFailsWhenItsLogRowCannotBeWritten() {
			TestLogins.signIn(logins, "anna");
			var unloggable = new PersonalDataSubject(alex.id(), alex.personnummer().digits() + "1234", false);
			assertThatThrownBy(() -> transaction.executeWithoutResult(
					status -> access.requireRead(unloggable, AccessedRecord.of("individual", alex.id()), Purpose.CARE)))
				.isInstanceOf(DataAccessException.class);
		}

		@Test
		void nobodySignedInIsRefused() {
			TestLogins.signOut();
			assertThatThrownBy(() -> transaction.executeWithoutResult(status -> people.view(alex.id())))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		}

	}

}
