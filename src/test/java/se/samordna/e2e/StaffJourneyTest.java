package se.samordna.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.TestLogins;
import se.samordna.people.Individual;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestPersonnummer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The nurse at the vårdcentral finds, reads and updates a person her unit knows, and the
 * socialsekreterare registers a child her unit has just met — in a browser without
 * JavaScript, as every page must work without it.
 */
class StaffJourneyTest extends BrowserJourney {

	@Autowired
	UserDetailsService logins;

	@Autowired
	TestIndividuals individuals;

	/** 48, with his god man Gudrun; known to erik's vårdcentral. */
	Individual gunnar;

	@Override
	Browser.NewContextOptions contextOptions() {
		return super.contextOptions().setJavaScriptEnabled(false);
	}

	@Test
	void staffFindReadAndRegisterPeopleWithoutJavaScript() {
		gunnar = TestLogins.as(logins, "erik",
				() -> individuals.withGodMan(individuals.aged(48, "Gunnar", "Åberg"), "Gudrun Holm"));

		logIn("erik");
		findGunnarByHisPersonnummer();
		recordHisDaughterAsARelative();
		switchToEnglishAndBack();
		logOut();

		logIn("anna");
		registerAChildTheUnitHasJustMet();
	}

	private void findGunnarByHisPersonnummer() {
		clickInMenu("Personer");
		assertThat(page.locator("h1")).hasText("Sök person");
		search(gunnar.personnummer().formatted());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gunnar Åberg")).click();
		assertThat(page.locator("h1")).hasText("Gunnar Åberg");
		assertThat(page.locator(".cards")).containsText("Gudrun Holm");
		assertThat(page.locator(".cards")).containsText("Bevaka rätt");
	}

	private void recordHisDaughterAsARelative() {
		link("Lägg till vårdnadshavare, företrädare eller närstående").click();
		page.getByLabel("Relation").selectOption("GUARDIAN");
		page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Fel Förälder");
		button("Spara").click();
		assertThat(page.locator("#kind-error")).hasText("Vårdnadshavare kan bara finnas för barn under 18 år.");

		page.getByLabel("Relation").selectOption("RELATIVE");
		page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Lisa Åberg");
		page.getByLabel("Anteckning").fill("dotter");
		button("Spara").click();
		assertThat(page.locator(".notice.success")).hasText("Relationen är sparad.");
		assertThat(page.locator(".cards")).containsText("Lisa Åberg");
	}

	private void switchToEnglishAndBack() {
		link("English").click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("Gunnar Åberg");
		clickInMenu("People");
		assertThat(page.locator("h1")).hasText("Find a person");
		link("Svenska").click();
		assertThat(page.locator("h1")).hasText("Sök person");
		assertThat(page.locator("html")).hasAttribute("lang", "sv");
	}

	private void registerAChildTheUnitHasJustMet() {
		var noa = TestPersonnummer.aged(14, java.time.LocalDate.now());
		clickInMenu("Personer");
		search(noa.digits());
		assertThat(page.locator("#search-result h2")).hasText("Ingen träff");
		Page.GetByLabelOptions exact = new Page.GetByLabelOptions().setExact(true);
		page.getByLabel("Förnamn", exact).fill("Noa");
		page.getByLabel("Efternamn", exact).fill("Berg");
		page.getByLabel("Varför har din enhet kontakt med personen?").fill("Orosanmälan från skolan");
		button("Registrera").click();
		assertThat(page.locator("h1")).hasText("Noa Berg");
		assertThat(page.locator(".notice.success")).containsText("Personen är registrerad");
		assertThat(page.locator("dl.details")).containsText(noa.formatted());
	}

	private void search(String personnummer) {
		page.getByLabel("Personnummer eller samordningsnummer").first().fill(personnummer);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök").setExact(true)).click();
		assertThat(page.locator("#search-result, #personnummer-error").first()).isVisible();
	}

}
