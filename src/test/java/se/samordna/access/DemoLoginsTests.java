package se.samordna.access;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.DemoCastTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The demo log-ins a newcomer reads about in the README: each works with the password
 * "demo", says who is signed in, and lives in the database so app nodes can share it.
 */
@DemoCastTest
class DemoLoginsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Cookie logIn(String username) throws Exception {
		return mvc.perform(formLogin("/login").user(username).password("demo"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	@ParameterizedTest
	@CsvSource({ "anna, Anna Berglund, Socialtjänst barn och unga", "erik, Erik Holmgren, Vårdcentralen Lindgården",
			"sara, Sara Lind, SIP-samordning", "olle, Olle Strand, Biståndsenheten, Enköping",
			"lars, Lars Wikström, Analys och uppföljning", "admin, Systemadministratör, Systemförvaltning" })
	void everyDemoLoginWorks(String username, String name, String unit) throws Exception {
		mvc.perform(get("/").cookie(logIn(username)))
			.andExpect(content().string(containsString("<h1>Välkommen, " + name + "</h1>")))
			.andExpect(content().string(containsString(unit)));
	}

	@Test
	void theLogInPagesListTheDemoLogins() throws Exception {
		String staff = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		for (String username : new String[] { "anna", "erik", "sara", "olle", "lars", "admin" }) {
			assertThat(staff).contains("<td><code>" + username + "</code></td>");
		}
		String citizens = mvc.perform(get("/mina-sidor/logga-in")).andReturn().getResponse().getContentAsString();
		for (String username : new String[] { "alex", "maria", "gunnar", "gudrun", "sanna" }) {
			assertThat(citizens).contains("<td><code>" + username + "</code></td>");
		}
	}

	@Test
	void sessionsLiveInTheDatabaseSoAppNodesCanShareThem() throws Exception {
		logIn("sara");
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'sara'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void aWrongPasswordIsToldKindly() throws Exception {
		mvc.perform(formLogin("/login").user("anna").password("fel")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("Inloggningen gick inte")));
	}

}
