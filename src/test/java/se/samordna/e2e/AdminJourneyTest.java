package se.samordna.e2e;

import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.TestLogins;
import se.samordna.directory.Directory;
import se.samordna.directory.Role;
import se.samordna.directory.StaffDetails;
import se.samordna.directory.TestUnits;
import se.samordna.people.Individual;
import se.samordna.testdata.TestIndividuals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The administrator keeps units, actors and staff up to date and reviews who read a
 * person with protected identity.
 */
class AdminJourneyTest extends BrowserJourney {

	@Autowired
	UserDetailsService logins;

	@Autowired
	Directory directory;

	@Autowired
	TestIndividuals individuals;

	@Test
	void theAdministratorKeepsTheDirectoryAndReviewsTheLog() {
		Individual sanna = TestLogins.as(logins, "erik", () -> individuals.protectedPerson("Sanna", "Ek"));
		TestLogins.as(logins, "admin", () -> directory.createStaff(new StaffDetails("vera.journey", "Vera Resa",
				"kurator", TestUnits.VUXENPSYKIATRI, null, Set.of(Role.STAFF), true)));

		logIn("erik");
		page.navigate("/personer/" + sanna.id());
		logOut();

		logIn("admin");
		createAUnitAfterFixingTheForm();
		addAnotherActorWithoutAnOrganisationsnummer();
		makeAStaffMemberASipFacilitator();
		reviewWhoReadTheProtectedPerson(sanna);
	}

	private void createAUnitAfterFixingTheForm() {
		clickInMenu("Enheter");
		assertThat(page.locator("h1")).hasText("Enheter");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny enhet")).click();
		button("Spara").click();
		assertThat(page.locator("#name-error")).hasText("Fyll i fältet.");
		assertThat(page.locator("#organisationId-error")).hasText("Välj ett alternativ.");

		page.getByLabel("Huvudman eller annan aktör").selectOption(new SelectOption().setLabel("Enköpings kommun"));
		page.getByLabel("Enhetens namn").fill("Korttidsboendet Lindgården, Enköping");
		page.getByLabel("Typ av verksamhet").selectOption("LSS");
		button("Spara").click();
		assertThat(page.locator(".notice.success")).containsText("Korttidsboendet Lindgården, Enköping");
		assertThat(page.locator("table")).containsText("Korttidsboendet Lindgården, Enköping");
	}

	private void addAnotherActorWithoutAnOrganisationsnummer() {
		clickInMenu("Huvudmän och aktörer");
		assertThat(page.locator("table")).containsText("Försäkringskassan");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny huvudman eller aktör")).click();
		page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Tallbackaskolan, resan");
		page.getByLabel("Slag av organisation").selectOption("SKOLA");
		page.getByLabel("Organisationsnummer (frivilligt för andra aktörer)").fill("123");
		button("Spara").click();
		assertThat(page.locator("#organisationsnummer-error")).containsText("Organisationsnumret stämmer inte");
		page.getByLabel("Organisationsnummer (frivilligt för andra aktörer)").fill("");
		button("Spara").click();
		assertThat(page.locator(".notice.success")).containsText("Tallbackaskolan, resan");
	}

	private void makeAStaffMemberASipFacilitator() {
		clickInMenu("Personal");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vera Resa")).click();
		page.getByLabel("SIP-samordnare").check();
		button("Spara").click();
		assertThat(page.locator(".notice.success")).containsText("Vera Resa");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Vera Resa")))
			.containsText("SIP-samordnare");
	}

	private void reviewWhoReadTheProtectedPerson(Individual sanna) {
		clickInMenu("Loggkontroll");
		page.getByLabel("Personnummer för den som uppgifterna gäller").fill(sanna.personnummer().formatted());
		page.getByLabel("läsningar av personer med skyddade personuppgifter").check();
		button("Sök i loggen").click();
		assertThat(page.locator("table tbody tr").first()).containsText("erik");
		assertThat(page.locator("table tbody tr").first()).containsText("Skyddade personuppgifter");
	}

}
