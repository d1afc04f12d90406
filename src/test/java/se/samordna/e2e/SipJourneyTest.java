package se.samordna.e2e;

import java.time.Duration;
import java.time.LocalDate;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.TestLogins;
import se.samordna.documents.PdfFacts;
import se.samordna.people.Individual;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestSips;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A SIP from assessment to closing, as a new user would run it: anna starts and plans it
 * with Alex, prints and exports the plan, erik's vårdcentral takes part and erik
 * coordinates, follows up, revises and closes.
 */
class SipJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService logins;

	@Autowired
	TestIndividuals individuals;

	@Autowired
	TestSips testSips;

	/** 16, known to anna's unit. */
	Individual alex;

	String sipUrl;

	@Test
	void aSipFromAssessmentToClosing() {
		alex = TestLogins.as(logins, "anna", () -> individuals.aged(16, "Alex", "Lindqvist"));
		// an earlier SIP anna's unit still has open for him
		TestLogins.as(logins, "anna", () -> testSips.start(alex));

		logIn("anna");
		startSip();
		recordConsent();
		prepare();
		addEriksVardcentral();
		writeThePlan();
		confirmThePlan();
		printAndExportThePlan();
		logOut();

		logIn("erik");
		verifyErikSeesThePlan();
		recordFollowUpToRevise();
		reviseThePlan();
		verifyVersionOneStillReadable();
		closeTheSip();
		logOut();

		logIn("anna");
		verifyAnnaIsToldTheSipClosed();
	}

	private void startSip() {
		page.navigate("/personer/" + alex.id());
		link("Starta SIP").click();
		page.getByLabel("Vem såg behovet?").selectOption("SKOLA");
		page.getByLabel("Varför behövs samordning?")
			.fill("Stor skolfrånvaro och oro. Kontakt med BUP, elevhälsa och socialtjänst.");
		// Alex already has a SIP: the page shows it and asks first
		assertThat(page.locator("#open-sips-heading")).hasText("Personen har redan en öppen SIP");
		page.getByLabel("Starta en ny SIP ändå").check();
		button("Starta SIP").click();
		assertThat(page.locator("h1")).hasText("SIP för Alex Lindqvist");
		assertThat(page.locator(".notice.success")).containsText("Nästa steg är att registrera samtycke");
		sipUrl = path();
	}

	private void recordConsent() {
		link("Registrera samtycke").click();
		page.getByLabel("Vem samtycker?").selectOption("GUARDIANS");
		page.getByLabel("Namn på den eller de som samtycker").fill("Maria Lindqvist\nJohan Lindqvist");
		page.getByLabel("Datum för samtycket").fill(LocalDate.now().toString());
		page.getByLabel("Uppsala kommun").check();
		page.getByLabel("Region Uppsala").check();
		button("Registrera samtycke").click();
		assertThat(page.locator("#giver-error")).containsText("samtycker själv");
		page.getByLabel("Vem samtycker?").selectOption("INDIVIDUAL");
		page.getByLabel("Namn på den eller de som samtycker").fill("");
		page.getByLabel("Det här vill personen inte att vi delar eller tar upp").fill("Inget om pappas sjukdom.");
		button("Registrera samtycke").click();
		assertThat(page.locator(".notice.success")).hasText("Samtycket är registrerat.");
		assertThat(page.locator("#consent-heading + dl")).containsText("Personen själv");
	}

	private void prepare() {
		link("Förberedelser med personen").click();
		page.getByLabel("Vad är viktigt för dig?").fill("Att få gå i skolan utan att vara rädd.");
		page.getByLabel("Vem vill personen ska vara med?").fill("Mamma och min skolkurator.");
		page.getByLabel("Hela mötet").check();
		page.getByLabel("Via video").check();
		button("Spara").click();
		assertThat(page.locator(".notice.success")).hasText("Förberedelserna är sparade.");
		assertThat(page.locator(".tag").first()).hasText("Förberedelser");
	}

	private void addEriksVardcentral() {
		link("Deltagare").click();
		page.getByLabel("Enhet", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Vårdcentralen Lindgården"));
		page.locator("#role").fill("Fast vårdkontakt");
		button("Lägg till enheten").click();
		assertThat(page.locator(".notice.success")).hasText("Deltagaren är tillagd.");
		assertThat(page.locator(".cards")).containsText("Vårdcentralen Lindgården");
		link("Tillbaka till SIP för Alex Lindqvist").click();
	}

	private void writeThePlan() {
		link("Skriv planen").click();
		page.getByLabel("Behov").fill("Komma tillbaka till skolan\nHjälp med oro och sömn");
		page.locator("#goals0\\.individualsWords").fill("Jag vill gå i skolan varje dag");
		page.locator("#goals0\\.followedUpBy").fill("Elevhälsan");
		page.locator("#goals1\\.individualsWords").fill("Jag vill sova bättre");
		page.locator("#goals1\\.term").selectOption("SHORT");
		page.locator("#goals1\\.followedUpBy").fill("Vårdcentralen");
		action(0, "Stödsamtal varannan vecka", "Vårdcentralen Lindgården");
		action(1, "Anpassad skolgång", "Socialtjänst barn och unga, Uppsala");
		button("Spara och visa fler rader").click();
		assertThat(page.locator("#actions2\\.description")).isVisible();
		action(2, "Familjesamtal", "Socialtjänst barn och unga, Uppsala");
		page.locator("#actions2\\.timing").selectOption("AFTER");
		page.locator("#actions2\\.relatedActionId").selectOption(new SelectOption().setLabel("Anpassad skolgång"));
		button("Spara utkastet").click();
		assertThat(page.locator(".notice.success")).hasText("Planen är sparad som utkast.");
		assertThat(page.locator(".plan").first()).containsText("Familjesamtal");
	}

	private void action(int row, String description, String unit) {
		page.locator("#actions" + row + "\\.description").fill(description);
		page.locator("#actions" + row + "\\.responsibleUnitId").selectOption(new SelectOption().setLabel(unit));
	}

	private void confirmThePlan() {
		link("Fastställ planen").click();
		page.getByLabel("Samordnare")
			.selectOption(new SelectOption().setLabel("Erik Holmgren, Vårdcentralen Lindgården"));
		page.getByLabel("Datum för uppföljning").fill(LocalDate.now().plusMonths(2).toString());
		button("Fastställ planen").click();
		assertThat(page.locator(".notice.success")).containsText("Planen är fastställd");
		assertThat(page.locator("#versions-heading + ul")).containsText("Version 1");
	}

	/**
	 * In her browser session, as downloads: the plan in Swedish and the export (what the
	 * PDFs say in each language is DocumentsTests').
	 */
	private void printAndExportThePlan() {
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Skriv ut och exportera")))
			.isVisible();
		org.assertj.core.api.Assertions.assertThat(pdfText(link("Plan version 1 som PDF, svenska")))
			.contains("Mina mål", "Vem gör vad", "Min samordnare", "Nästa uppföljning",
					"Jag vill gå i skolan varje dag");
		assertThat(link("Plan version 1 som PDF, lättläst")).isVisible();
		assertThat(link("Plan version 1 som PDF, engelska")).isVisible();
		APIResponse export = download(link("Export till er journal (PDF och JSON)"));
		org.assertj.core.api.Assertions.assertThat(export.headers().get("content-type")).isEqualTo("application/zip");
	}

	private void verifyErikSeesThePlan() {
		clickInMenu("Mina SIP");
		page.navigate(path() + "?individ=" + alex.id());
		page.locator("a[href='" + sipUrl + "']").click();
		assertThat(page.locator("h1")).hasText("SIP för Alex Lindqvist");
		assertThat(page.locator("main")).containsText("Samordnare: Erik Holmgren, Vårdcentralen Lindgården");
	}

	private void recordFollowUpToRevise() {
		link("Följ upp planen").click();
		page.getByLabel("Jag vill gå i skolan varje dag").selectOption("PARTLY_MET");
		page.getByLabel("Jag vill sova bättre").selectOption("MET");
		page.getByLabel("Stödsamtal varannan vecka").selectOption("DONE");
		page.getByLabel("Anpassad skolgång").selectOption("PARTLY_DONE");
		page.getByLabel("Familjesamtal").selectOption("NOT_DONE");
		page.getByLabel("Det här har hjälpt").fill("Stödsamtalen");
		page.getByLabel("Revidera planen").check();
		button("Spara uppföljningen").click();
		assertThat(page.locator(".notice.success")).hasText("Uppföljningen är sparad.");
	}

	private void reviseThePlan() {
		link("Skriv planen").click();
		page.locator("#actions3\\.description").fill("Läxhjälp på fritids");
		page.locator("#actions3\\.responsibleUnitId")
			.selectOption(new SelectOption().setLabel("Socialtjänst barn och unga, Uppsala"));
		button("Spara utkastet").click();
		link("Fastställ planen").click();
		page.getByLabel("Datum för uppföljning").fill(LocalDate.now().plusMonths(3).toString());
		button("Fastställ planen").click();
		assertThat(page.locator("#versions-heading + ul")).containsText("Version 2 (revidering)");
	}

	private void verifyVersionOneStillReadable() {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version 1 (första planen)")).click();
		assertThat(page.locator("h1")).hasText("Version 1 av planen för Alex Lindqvist");
		assertThat(page.locator("main")).not().containsText("Läxhjälp på fritids");
		link("Jämför med version 2").click();
		Locator columns = page.locator(".compare section");
		assertThat(columns.nth(0)).not().containsText("Läxhjälp på fritids");
		assertThat(columns.nth(1)).containsText("Läxhjälp på fritids");
		page.navigate(sipUrl);
	}

	private void closeTheSip() {
		link("Avsluta").click();
		button("Avsluta planen").click();
		assertThat(page.locator("#reason-error")).isVisible();
		page.getByLabel("Varför avslutas planen?").selectOption("NEED_MET");
		button("Avsluta planen").click();
		assertThat(page.locator(".tag").first()).hasText("Avslutad");
		assertThat(page.locator("#closing-heading + p")).hasText("Behovet av samordning är tillgodosett");
	}

	private void verifyAnnaIsToldTheSipClosed() {
		// the inbox is filled by a listener after the closing commits: wait for that, not
		// for time
		String sipId = sipUrl.substring(sipUrl.lastIndexOf('/') + 1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from inbox_message where sip_id = cast(? as uuid)")
				.param(sipId)
				.query(Long.class)
				.single() > 0);
		clickInMenu("Inkorg");
		Locator message = page.locator(".card",
				new Page.LocatorOptions().setHas(page.locator("a[href='" + sipUrl + "']")));
		assertThat(message).containsText("Behovet av samordning är tillgodosett");
	}

	/** Follows a link's address in the signed-in browser session, as a download would. */
	APIResponse download(Locator link) {
		assertThat(link).isVisible();
		APIResponse response = context.request().get(link.getAttribute("href"));
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
		return response;
	}

	String pdfText(Locator link) {
		APIResponse response = download(link);
		org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
		return PdfFacts.text(response.body());
	}

}
