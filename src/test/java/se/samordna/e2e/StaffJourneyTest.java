package se.samordna.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.samordna.people.TestPeople;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A nurse at the vårdcentral finds, reads and updates the people her unit knows. */
class StaffJourneyTest extends BrowserJourney {

	@Test
	void erikFindsGunnarAndRecordsARelative() {
		logIn("erik");
		openPeopleSearch();
		search("19480403-2094");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TestPeople.GUNNAR.name())).click();
		assertThat(page.locator("h1")).hasText(TestPeople.GUNNAR.name());
		assertThat(page.locator(".cards")).containsText("Gudrun Holm");
		assertThat(page.locator(".cards")).containsText("Bevaka rätt");
		checkAccessibility();

		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Lägg till vårdnadshavare, företrädare eller närstående"))
			.click();
		checkAccessibility();
		page.getByLabel("Relation").selectOption("GUARDIAN");
		page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Fel Förälder");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		assertThat(page.locator("#kind-error")).hasText("Vårdnadshavare kan bara finnas för barn under 18 år.");
		checkAccessibility();

		page.getByLabel("Relation").selectOption("RELATIVE");
		page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Lisa Åberg");
		page.getByLabel("Anteckning").fill("dotter");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		assertThat(page.locator(".notice.success")).hasText("Relationen är sparad.");
		assertThat(page.locator(".cards")).containsText("Lisa Åberg");
		checkAccessibility();
	}

	@Test
	void aBadPersonnummerIsExplainedNextToTheField() {
		logIn("erik");
		openPeopleSearch();
		search("19480403-2095");
		assertThat(page.locator("#personnummer-error")).containsText("Personnumret stämmer inte");
		assertThat(page.getByLabel("Personnummer eller samordningsnummer")).hasAttribute("aria-invalid", "true");
		checkAccessibility();
	}

	@Test
	void theProtectedPersonsAddressIsNeverShown() {
		logIn("erik");
		visit("/personer/" + TestPeople.SANNA.id());
		assertThat(page.locator(".notice.warning")).containsText("Skyddade personuppgifter");
		assertThat(page.content()).doesNotContain(TestPeople.SANNA_STREET);
		visit("/personer/" + TestPeople.SANNA.id() + "/andra");
		assertThat(page.content()).doesNotContain(TestPeople.SANNA_STREET);
		assertThat(page.getByLabel("Gatuadress")).hasCount(0);
	}

	@Test
	void annaRegistersAChildHerUnitHasJustMet() {
		logIn("anna");
		openPeopleSearch();
		search("201201202387");
		assertThat(page.locator("#search-result h2")).hasText("Ingen träff");
		checkAccessibility();
		Page.GetByLabelOptions exact = new Page.GetByLabelOptions().setExact(true);
		page.getByLabel("Förnamn", exact).fill("Noa");
		page.getByLabel("Efternamn", exact).fill("Berg");
		page.getByLabel("Varför har din enhet kontakt med personen?").fill("Orosanmälan från skolan");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera")).click();
		assertThat(page.locator("h1")).hasText("Noa Berg");
		assertThat(page.locator(".notice.success")).containsText("Personen är registrerad");
		assertThat(page.locator("dl.details")).containsText("20120120-2387");
		checkAccessibility();
	}

	@Test
	void searchWorksWithoutJavaScript() {
		context.close();
		context = browser.newContext(contextOptions().setJavaScriptEnabled(false));
		page = context.newPage();
		javaScript = false;
		logIn("anna");
		openPeopleSearch();
		search(TestPeople.ALEX.personnummer());
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TestPeople.ALEX.name())))
			.isVisible();
	}

	@Test
	void theSkipLinkIsTheFirstStopForTheKeyboard() {
		logIn("anna");
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Hoppa till innehållet");
		page.keyboard().press("Enter");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#main$"));
	}

	@Test
	void pagesSwitchToEnglishAndBack() {
		logIn("anna");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.locator("h1")).hasText("Welcome, Anna Berglund");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		checkAccessibility();
		visit("/personer");
		assertThat(page.locator("h1")).hasText("Find a person");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Svenska")).click();
		assertThat(page.locator("h1")).hasText("Sök person");
		assertThat(page.locator("html")).hasAttribute("lang", "sv");
	}

	@Test
	void pagesWorkOnAPhoneSizedScreen() {
		context.close();
		context = browser.newContext(contextOptions().setViewportSize(360, 740));
		page = context.newPage();
		logIn("erik");
		visit("/personer/" + TestPeople.GUNNAR.id());
		Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
		assertThat(overflow).isEqualTo(false);
	}

	private void openPeopleSearch() {
		clickInMenu("Personer");
		assertThat(page.locator("h1")).hasText("Sök person");
		checkAccessibility();
	}

	private void search(String personnummer) {
		page.getByLabel("Personnummer eller samordningsnummer").first().fill(personnummer);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök").setExact(true)).click();
		assertThat(page.locator("#search-result, #personnummer-error").first()).isVisible();
	}

}
