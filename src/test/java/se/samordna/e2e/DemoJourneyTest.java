package se.samordna.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.samordna.DemoCastTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A newcomer's first visit to the demo: the log-in page lists the demo log-ins, a wrong
 * password is told kindly, anna finds a living system with Alex's plan in force, and Alex
 * logs in to his own pages with his demo log-in and reads the same plan. Only reads the
 * demo, so the demo facts other tests check stay the demo's own.
 */
@DemoCastTest
class DemoJourneyTest extends Browser {

	@Test
	void aNewcomerLogsInWithTheDemoLoginsAndFindsALivingSystem() {
		theLogInPageListsTheDemoLogins();
		aWrongPasswordIsToldKindly();

		logIn("anna");
		annaFindsAlexsPlanInForce();
		logOut();

		alexReadsHisPlanOnHisOwnPages();
	}

	private void theLogInPageListsTheDemoLogins() {
		page.navigate("/login");
		for (String username : new String[] { "anna", "erik", "sara", "olle", "lars", "admin" }) {
			assertThat(page.locator("table")).containsText(username);
		}
	}

	private void aWrongPasswordIsToldKindly() {
		page.getByLabel("Användarnamn").fill("anna");
		page.getByLabel("Lösenord").fill("fel");
		page.locator("form.stacked button[type=submit]").click();
		assertThat(page.locator(".error-summary")).containsText("Inloggningen gick inte");
	}

	private void annaFindsAlexsPlanInForce() {
		assertThat(page.locator("h1")).hasText("Välkommen, Anna Berglund");
		clickInMenu("Mina SIP");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alex Lindqvist")).first().click();
		assertThat(page.locator("h1")).hasText("SIP för Alex Lindqvist");
		assertThat(page.locator("main")).containsText("Plan gäller");
		assertThat(page.locator("main")).containsText("Jag vill gå i skolan varje dag");
	}

	private void alexReadsHisPlanOnHisOwnPages() {
		page.navigate("/mina-sidor/logga-in");
		assertThat(page.locator("table")).containsText("alex");
		page.getByLabel("Användarnamn").fill("alex");
		page.getByLabel("Lösenord").fill("demo");
		button("Logga in").click();
		assertThat(page.locator("h1")).containsText("Alex Lindqvist");
		page.locator(".cards a").first().click();
		assertThat(page.locator(".goal h3").first()).containsText("Jag vill gå i skolan varje dag");
	}

}
