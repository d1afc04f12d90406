package se.samordna.people;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.platform.NotFoundException;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestPersonnummer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Searching for, registering and changing individuals is for staff who work with them: an
 * analyst (lars) is neither offered it nor let through with a crafted request, and what
 * staff type is checked by the domain.
 */
@IntegrationTest
class PersonPagesAreForCaseWorkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	TestIndividuals individuals;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		TestLogins.signOut();
	}

	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(logins.loadUserByUsername(username)));
	}

	String page(String username, String path) throws Exception {
		return mvc.perform(as(username, get(path)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	long registered(Personnummer personnummer) {
		return jdbc.sql("select count(*) from individual where personal_identity = ?")
			.param(personnummer.digits())
			.query(Long.class)
			.single();
	}

	@Test
	void theAnalystIsOfferedStatisticsAndNoPersonPages() throws Exception {
		String start = page("lars", "/");
		assertThat(start).contains("href=\"/statistik\"").doesNotContain("href=\"/personer\"");
		assertThat(page("anna", "/")).contains("href=\"/personer\"", "href=\"/sip\"");
		assertThat(page("admin", "/")).contains("href=\"/admin/enheter\"").doesNotContain("href=\"/personer\"");
	}

	@Test
	void theAnalystGetsNoSearchPage() throws Exception {
		mvc.perform(as("lars", get("/personer"))).andExpect(status().isNotFound());
		mvc.perform(as("lars", post("/personer/sok")).with(csrf())
			.param("personnummer", TestPersonnummer.adult(LocalDate.now(clock)).formatted()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCraftedRegistrationByTheAnalystIsRefusedAndSavesNothing() throws Exception {
		Personnummer someone = TestPersonnummer.adult(LocalDate.now(clock));
		mvc.perform(as("lars", post("/personer/ny")).with(csrf())
			.param("personnummer", someone.formatted())
			.param("givenName", "Inte")
			.param("familyName", "Registrerad")
			.param("reason", "Försök")).andExpect(status().isNotFound());
		assertThat(registered(someone)).isZero();
	}

	@Test
	void registeringIsRefusedByTheDomainForAnyoneWhoDoesNotWorkWithIndividuals() {
		Personnummer someone = TestPersonnummer.adult(LocalDate.now(clock));
		TestLogins.signIn(logins, "lars");
		assertThat(people.mayWorkWithIndividuals()).isFalse();
		assertThatThrownBy(() -> people.register(someone,
				new IndividualDetails("Inte", "Registrerad", null, null, null, null, false), "Försök"))
			.isInstanceOf(NotFoundException.class);
		assertThat(registered(someone)).isZero();
	}

	@Test
	void aRegistrationWithSomethingElseForAPhoneNumberIsRefusedNextToTheField() throws Exception {
		Personnummer someone = TestPersonnummer.adult(LocalDate.now(clock));
		String page = mvc
			.perform(as("anna", post("/personer/ny")).with(csrf())
				.param("personnummer", someone.formatted())
				.param("givenName", "Telefon")
				.param("familyName", "Testsson")
				.param("phone", "+-+-+-")
				.param("reason", "Ny kontakt"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"phone-error\">Skriv telefonnumret med siffror");
		assertThat(registered(someone)).isZero();
	}

	@Test
	void aChangeWithMarkupForAPhoneNumberIsRefusedAndNothingIsSaved() throws Exception {
		TestLogins.signIn(logins, "anna");
		Individual individual = individuals.adult("Telefon", "Ändrasson");
		TestLogins.signOut();
		String page = mvc
			.perform(as("anna", post("/personer/{id}/andra", individual.id())).with(csrf())
				.param("givenName", "Telefon")
				.param("familyName", "Ändrasson")
				.param("phone", "abc<script>")
				.param("version", String.valueOf(individual.version())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"phone-error\">Skriv telefonnumret med siffror").doesNotContain("abc<script>");
		assertThat(
				jdbc.sql("select phone from individual where id = ?").param(individual.id()).query(String.class).list())
			.containsExactly((String) null);
	}

}
