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
import se.samordna.people.People;
import se.samordna.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordna.people.TestPeople.ALEX;
import static se.samordna.people.TestPeople.SANNA;

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

	AccessLogRows log;

	@BeforeEach
	void setUp() {
		log = new AccessLogRows(jdbc);
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
			long before = log.count("olle", ALEX.id(), "READ", "REFUSED");

			assertThatThrownBy(() -> transaction.executeWithoutResult(status -> people.view(ALEX.id())))
				.isInstanceOf(NotFoundException.class);

			assertThat(log.count("olle", ALEX.id(), "READ", "REFUSED")).isEqualTo(before + 1);
			assertThat(log.lastReason("olle", ALEX.id())).isEqualTo("access.denied.noRelation");
		}

		@Test
		void anAdministratorDoesNotReadPersonalData() {
			TestLogins.signIn(logins, "admin");
			assertThatThrownBy(() -> transaction.executeWithoutResult(status -> people.view(ALEX.id())))
				.isInstanceOf(NotFoundException.class);
			assertThat(log.lastReason("admin", ALEX.id())).isEqualTo("access.denied.role");
		}

		@Test
		void aStatisticsUserDoesNotReadPersonalData() {
			TestLogins.signIn(logins, "lars");
			assertThatThrownBy(() -> transaction.executeWithoutResult(status -> people.view(ALEX.id())))
				.isInstanceOf(NotFoundException.class);
		}

		@Test
		void searchingForSomeoneTheUnitDoesNotKnowFindsNothingAndIsLogged() {
			TestLogins.signIn(logins, "olle");
			long before = log.count("olle", ALEX.id(), "SEARCH", "REFUSED");
			assertThat(people.search(se.samordna.people.Personnummer.of(ALEX.personnummer()))).isEmpty();
			assertThat(log.count("olle", ALEX.id(), "SEARCH", "REFUSED")).isEqualTo(before + 1);
		}

	}

	@Nested
	class Insiders {

		@Test
		void aUserWhoseUnitKnowsThePersonReadsAndTheReadIsLogged() {
			TestLogins.signIn(logins, "anna");
			long before = log.count("anna", ALEX.id(), "READ", "GRANTED");
			assertThat(people.view(ALEX.id()).fullName()).isEqualTo(ALEX.name());
			assertThat(log.count("anna", ALEX.id(), "READ", "GRANTED")).isEqualTo(before + 1);
			assertThat(log.lastRecord("anna", ALEX.id())).isEqualTo("individual:" + ALEX.id());
		}

		@Test
		void readsOfAProtectedPersonAreFlaggedInTheLog() {
			TestLogins.signIn(logins, "erik");
			people.view(SANNA.id());
			Boolean flagged = jdbc.sql("""
					select protected_person from access_log where username = 'erik' and individual_id = ?
					order by id desc limit 1""").param(SANNA.id()).query(Boolean.class).single();
			assertThat(flagged).isTrue();
		}

	}

	@Nested
	class FailingClosed {

		@Test
		void theGrantedRowIsWrittenInTheSameTransactionAsTheRead() {
			TestLogins.signIn(logins, "anna");
			long before = log.count("anna", ALEX.id(), "READ", "GRANTED");
			transaction.executeWithoutResult(status -> {
				people.view(ALEX.id());
				status.setRollbackOnly();
			});
			assertThat(log.count("anna", ALEX.id(), "READ", "GRANTED")).isEqualTo(before);
		}

		@Test
		void aCheckOutsideATransactionIsRefused() {
			TestLogins.signIn(logins, "anna");
			var alex = People.subject(people.view(ALEX.id()));
			assertThatThrownBy(() -> access.requireRead(alex, AccessedRecord.of("individual", ALEX.id()), Purpose.CARE))
				.isInstanceOf(IllegalTransactionStateException.class);
		}

		@Test
		void aReadFailsWhenItsLogRowCannotBeWritten() {
			TestLogins.signIn(logins, "anna");
			var unloggable = new PersonalDataSubject(ALEX.id(), "2010012023971234", false);
			assertThatThrownBy(() -> transaction.executeWithoutResult(
					status -> access.requireRead(unloggable, AccessedRecord.of("individual", ALEX.id()), Purpose.CARE)))
				.isInstanceOf(DataAccessException.class);
		}

		@Test
		void nobodySignedInIsRefused() {
			TestLogins.signOut();
			assertThatThrownBy(() -> transaction.executeWithoutResult(status -> people.view(ALEX.id())))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		}

	}

}
