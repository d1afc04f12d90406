package se.samordna.e2e;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import se.samordna.people.TestPeople;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The administrator keeps units and staff up to date and reviews the access log. */
class AdminJourneyTest extends BrowserJourney {

	@Test
	void adminCreatesAUnitAfterFixingTheForm() {
		logIn("admin");
		clickInMenu("Enheter");
		assertThat(page.locator("h1")).hasText("Enheter");
		checkAccessibility();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny enhet")).click();
		checkAccessibility();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		assertThat(page.locator("#name-error")).hasText("Fyll i fältet.");
		assertThat(page.locator("#organisationId-error")).hasText("Välj ett alternativ.");
		checkAccessibility();

		page.getByLabel("Huvudman eller annan aktör")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Enköpings kommun"));
		page.getByLabel("Enhetens namn").fill("Korttidsboendet Lindgården, Enköping");
		page.getByLabel("Typ av verksamhet").selectOption("LSS");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		assertThat(page.locator(".notice.success")).containsText("Korttidsboendet Lindgården, Enköping");
		assertThat(page.locator("table")).containsText("Korttidsboendet Lindgården, Enköping");
	}

	@Test
	void adminAddsAnOtherActor() {
		logIn("admin");
		clickInMenu("Huvudmän och aktörer");
		assertThat(page.locator("table")).containsText("Försäkringskassan");
		checkAccessibility();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny huvudman eller aktör")).click();
		page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Tallbackaskolan");
		page.getByLabel("Slag av organisation").selectOption("SKOLA");
		page.getByLabel("Organisationsnummer (frivilligt för andra aktörer)").fill("123");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		assertThat(page.locator("#organisationsnummer-error")).containsText("Organisationsnumret stämmer inte");
		checkAccessibility();
		page.getByLabel("Organisationsnummer (frivilligt för andra aktörer)").fill("");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		assertThat(page.locator(".notice.success")).containsText("Tallbackaskolan");
	}

	@Test
	void aCsvFileWithABadLineImportsNothingAndSaysWhichLine() {
		logIn("admin");
		visit("/admin/enheter/import");
		String csv = "organisationsnummer;enhetsnamn;enhetstyp;hsa_id;telefon;epost\n"
				+ "212000-0308;Träffpunkten Enköping;ANNAN;;;\n" + "212000-0308;;LSS;;;\n";
		page.getByLabel("CSV-fil")
			.setInputFiles(new FilePayload("enheter.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Läs in")).click();
		assertThat(page.locator(".error-summary")).containsText("Rad 3:");
		assertThat(page.locator(".error-summary")).containsText("Enhetens namn saknas");
		checkAccessibility();
		visit("/admin/enheter");
		assertThat(page.locator("table")).not().containsText("Träffpunkten Enköping");
	}

	@Test
	void adminChangesAStaffMembersRoles() {
		logIn("admin");
		visit("/admin/personal");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vera Lundin")).click();
		checkAccessibility();
		page.getByLabel("SIP-samordnare").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		assertThat(page.locator(".notice.success")).containsText("Vera Lundin");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Vera Lundin")))
			.containsText("SIP-samordnare");
		checkAccessibility();
	}

	@Test
	void logReviewShowsWhoReadAProtectedPerson() {
		logIn("erik");
		visit("/personer/" + TestPeople.SANNA.id());
		logOut();

		logIn("admin");
		clickInMenu("Loggkontroll");
		checkAccessibility();
		page.getByLabel("Personnummer för den som uppgifterna gäller").fill("19860227-2380");
		page.getByLabel("läsningar av personer med skyddade personuppgifter").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök i loggen")).click();
		assertThat(page.locator("table tbody tr").first()).containsText("erik");
		assertThat(page.locator("table tbody tr").first()).containsText("Skyddade personuppgifter");
		checkAccessibility();
	}

}
