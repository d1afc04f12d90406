package se.samordna.e2e;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;

import se.samordna.documents.PdfFacts;
import se.samordna.people.TestPeople;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * anna prints Alex's plan from the case page in Swedish, lättläst and English, exports it
 * for her unit's record system, prints the kallelse to post to Alex from the meeting
 * page, and finds the blank forms in the menu. Each download is fetched in her browser
 * session.
 */
class DocumentsJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	@Test
	void annaPrintsThePlanAndTheKallelseAndFindsTheBlankForms() {
		UUID sip = jdbc.sql("""
				select id from sip where individual_id = ? and status in ('PLAN_ACTIVE', 'FOLLOW_UP_DUE')
				order by started_at limit 1""").param(TestPeople.ALEX.id()).query(UUID.class).single();
		UUID meeting = jdbc
			.sql("select id from meeting where sip_id = ? and status = 'CALLED' order by called_at limit 1")
			.param(sip)
			.query(UUID.class)
			.single();
		logIn("anna");

		visit("/sip/" + sip);
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Skriv ut och exportera")))
			.isVisible();
		String swedish = pdfText(link("Plan version 1 som PDF, svenska"));
		assertThat(swedish).contains("Mina mål", "Vem gör vad", "Min samordnare", "Nästa uppföljning",
				"Jag vill gå i skolan varje dag");
		assertThat(pdfText(link("Plan version 1 som PDF, lättläst"))).contains("Jag vill gå i skolan varje dag")
			.isNotEqualTo(swedish);
		assertThat(pdfText(link("Plan version 1 som PDF, engelska"))).contains("My goals");
		APIResponse export = fetch(link("Export till er journal (PDF och JSON)"));
		assertThat(export.headers().get("content-type")).isEqualTo("application/zip");

		visit("/sip/" + sip + "/moten/" + meeting);
		assertThat(pdfText(link("Kallelse till Alex Lindqvist som PDF"))).contains("Välkommen till ett SIP-möte",
				"Sädesvägen 14", "Familjecentralen Gottsunda");

		clickInMenu("Blanketter");
		assertThat(page.locator("h1")).hasText("Blanketter för manuell hantering");
		checkAccessibility();
		assertThat(
				pdfText(page
					.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
							new com.microsoft.playwright.Page.GetByRoleOptions().setName("svenska (PDF)")
								.setExact(true))
					.first()))
			.contains("Välkommen till ett SIP-möte", "Vad är SIP?");
	}

	/** Follows a link's address in the signed-in browser session, as a download would. */
	APIResponse fetch(Locator link) {
		assertThat(link).isVisible();
		APIResponse response = context.request().get(link.getAttribute("href"));
		assertThat(response.status()).isEqualTo(200);
		return response;
	}

	String pdfText(Locator link) {
		APIResponse response = fetch(link);
		assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
		return PdfFacts.text(response.body());
	}

}
