package se.samordna.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.samordna.people.TestPeople.ALEX;
import static se.samordna.people.TestPeople.SANNA;

/** Operational logs carry ids only: no personnummer, name or address reaches them. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OperationalLogsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	@Test
	void readsRefusalsAndBadInputLeaveNoPersonalDataInTheLog(CapturedOutput output) throws Exception {
		mvc.perform(post("/personer/sok").with(user(logins.loadUserByUsername("olle")))
			.with(csrf())
			.param("personnummer", ALEX.personnummer()));
		mvc.perform(get("/personer/{id}", ALEX.id()).with(user(logins.loadUserByUsername("olle"))));
		mvc.perform(get("/personer/{id}", SANNA.id()).with(user(logins.loadUserByUsername("erik"))));
		mvc.perform(post("/personer/ny").with(user(logins.loadUserByUsername("olle")))
			.with(csrf())
			.param("personnummer", SANNA.personnummer())
			.param("givenName", "X")
			.param("familyName", "Y")
			.param("reason", "Test"));

		assertThat(output.getAll()).doesNotContain(ALEX.personnummer())
			.doesNotContain("20100120-2397")
			.doesNotContain(SANNA.personnummer())
			.doesNotContain("19860227-2380")
			.doesNotContain("Lindqvist")
			.doesNotContain("Klöverstigen");
	}

}
