package se.samordna.e2e;

import org.junit.jupiter.api.Test;

import se.samordna.people.TestPeople;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** What someone sees where they may not go, and when something breaks. */
class OutsiderAndErrorsJourneyTest extends BrowserJourney {

	@Test
	void olleFromEnkopingGetsNotFoundForAlex() {
		logIn("olle");
		var response = page.navigate("/personer/" + TestPeople.ALEX.id());
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("h1")).hasText("Vi hittar inte sidan");
		assertThat(page.content()).doesNotContain("Lindqvist");
		checkAccessibility();
	}

	@Test
	void staffOnAnAdminPageGetAKindRefusal() {
		logIn("erik");
		var response = page.navigate("/admin/loggkontroll");
		assertThat(response.status()).isEqualTo(403);
		assertThat(page.locator("h1")).hasText("Du har inte behörighet till den här sidan");
		checkAccessibility();
	}

	@Test
	void aFailureShowsASwedishPageWithoutTechnicalDetail() {
		logIn("erik");
		var response = page.navigate("/test/fel");
		assertThat(response.status()).isEqualTo(500);
		assertThat(page.locator("h1")).hasText("Något gick fel hos oss");
		assertThat(page.content()).doesNotContain("IllegalStateException")
			.doesNotContain("19121212")
			.doesNotContain("at se.samordna")
			.doesNotContain("deliberate");
		checkAccessibility();
	}

	@Test
	void anUnknownAddressGivesTheSwedish404Page() {
		logIn("anna");
		var response = page.navigate("/finns-inte");
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("h1")).hasText("Vi hittar inte sidan");
		checkAccessibility();
	}

	@Test
	void theAccessibilityStatementIsOpenToEveryone() {
		visit("/tillganglighet");
		assertThat(page.locator("h1")).hasText("Tillgänglighet för Samordna");
	}

}
