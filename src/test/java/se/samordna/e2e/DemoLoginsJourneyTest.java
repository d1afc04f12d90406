package se.samordna.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class DemoLoginsJourneyTest extends BrowserJourney {

	@ParameterizedTest
	@CsvSource({ "anna, Anna Berglund, Socialtjänst barn och unga", "erik, Erik Holmgren, Vårdcentralen Lindgården",
			"sara, Sara Lind, SIP-samordning", "olle, Olle Strand, Biståndsenheten, Enköping",
			"lars, Lars Wikström, Analys och uppföljning", "admin, Systemadministratör, Systemförvaltning" })
	void everyDemoLoginWorks(String username, String name, String unit) {
		logIn(username);
		assertThat(page.locator("h1")).hasText("Välkommen, " + name);
		assertThat(page.locator(".lead")).containsText(unit);
		logOut();
	}

	@Test
	void theLogInPageListsTheDemoLogins() {
		visit("/login");
		for (String username : new String[] { "anna", "erik", "sara", "olle", "lars", "admin" }) {
			assertThat(page.locator("table")).containsText(username);
		}
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void sessionsLiveInTheDatabaseSoAppNodesCanShareThem() {
		logIn("sara");
		long sessions = jdbc.sql("select count(*) from spring_session where principal_name = 'sara'")
			.query(Long.class)
			.single();
		org.assertj.core.api.Assertions.assertThat(sessions).isPositive();
	}

	@Test
	void aWrongPasswordIsToldKindly() {
		visit("/login");
		page.getByLabel("Användarnamn").fill("anna");
		page.getByLabel("Lösenord").fill("fel");
		page.locator("form.stacked button[type=submit]").click();
		assertThat(page.locator(".error-summary")).containsText("Inloggningen gick inte");
		checkAccessibility();
	}

}
