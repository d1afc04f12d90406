package se.samordna.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.people.Individual;
import se.samordna.testdata.TestIndividuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Operational logs carry ids only: no personnummer, name or address reaches them. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OperationalLogsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	@Autowired
	TestIndividuals individuals;

	@Test
	void readsRefusalsAndBadInputLeaveNoPersonalDataInTheLog(CapturedOutput output) throws Exception {
		Individual alex = TestLogins.as(logins, "anna", () -> individuals.aged(16, "Alex", "Lindqvist"));
		Individual sanna = TestLogins.as(logins, "erik", () -> individuals.protectedPerson("Sanna", "Ek"));
		int start = output.getAll().length();

		mvc.perform(post("/personer/sok").with(user(logins.loadUserByUsername("olle")))
			.with(csrf())
			.param("personnummer", alex.personnummer().digits()));
		mvc.perform(get("/personer/{id}", alex.id()).with(user(logins.loadUserByUsername("olle"))));
		mvc.perform(get("/personer/{id}", sanna.id()).with(user(logins.loadUserByUsername("erik"))));
		mvc.perform(post("/personer/ny").with(user(logins.loadUserByUsername("olle")))
			.with(csrf())
			.param("personnummer", sanna.personnummer().digits())
			.param("givenName", "X")
			.param("familyName", "Y")
			.param("reason", "Test"));

		String logged = output.getAll().substring(start);
		assertThat(logged).as("what the requests logged").contains(alex.id().toString());
		assertThat(logged).doesNotContain(alex.personnummer().digits())
			.doesNotContain(alex.personnummer().formatted())
			.doesNotContain(sanna.personnummer().digits())
			.doesNotContain(sanna.personnummer().formatted())
			.doesNotContain("Lindqvist")
			.doesNotContain(TestIndividuals.PROTECTED_STREET);
	}

}
