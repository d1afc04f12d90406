package se.samordna.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.TestClock;
import se.samordna.TestLogins;
import se.samordna.directory.TestUnits;
import se.samordna.documents.PdfFacts;
import se.samordna.meetings.InvitationDeadlines;
import se.samordna.meetings.Meetings;
import se.samordna.people.Individual;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestSips;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A SIP meeting from the kallelse to the plan: anna invites erik's vårdcentral,
 * Försäkringskassan and Alex's mother; erik comes, Försäkringskassan declines, the mother
 * is silent and is reminded when the clock moves on; the time changes; the meeting is
 * held and the plan comes out of it. On the way anna prints the kallelse to post to the
 * mother.
 */
class MeetingJourneyTest extends BrowserJourney {

	@Autowired
	Sips sips;

	@Autowired
	Meetings meetings;

	@Autowired
	InvitationDeadlines deadlines;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService logins;

	@Autowired
	TestIndividuals individuals;

	@Autowired
	TestSips testSips;

	/** 16, his mother Maria his guardian; known to anna's unit. */
	Individual alex;

	String mariasEmail;

	String sipUrl;

	String meetingUrl;

	LocalDate meetingDay;

	@AfterEach
	void resetClock() {
		clock.reset();
		TestLogins.signOut();
	}

	@Test
	void aMeetingFromKallelseToPlan() {
		alexHasConsented();

		logIn("anna");
		callTheMeeting();
		printTheKallelseForTheMother();
		logOut();

		logIn("erik");
		erikAcceptsFromHisInbox();
		logOut();

		logIn("frida");
		forsakringskassanDeclinesWithAReason();
		logOut();

		logIn("anna");
		annaSeesWhoComes();
		theIndividualsViewListsExactlyThat();
		theSilentMotherIsRemindedWhenTheClockMovesOn();
		reschedulingSendsAHigherSequence();
		holdTheMeetingAndConfirmThePlan();
	}

	/**
	 * Set-up, not the subject of this journey: Alex's SIP with his consent,
	 * Försäkringskassan included.
	 */
	private void alexHasConsented() {
		TestLogins.signIn(logins, "anna");
		alex = individuals.child(16, "Alex", "Lindqvist", "Maria Lindqvist");
		mariasEmail = TestIndividuals.relation(alex, "Maria Lindqvist").email();
		Sip sip = testSips.start(alex)
			.consented(Set.of(TestUnits.UPPSALA_KOMMUN, TestUnits.REGION_UPPSALA, TestUnits.FORSAKRINGSKASSAN))
			.sip();
		TestLogins.signOut();
		sipUrl = "/sip/" + sip.id();
	}

	private void callTheMeeting() {
		page.navigate(sipUrl);
		link("Kalla till möte").click();
		meetingDay = LocalDate.now(clock).plusDays(14);
		// nothing filled in: each missing part is explained next to its field
		button("Skicka kallelsen").click();
		assertThat(page.locator("#purpose-error")).containsText("Skriv syftet med mötet");

		page.getByLabel("Syfte med mötet").fill("Planera stödet kring skolan tillsammans med Alex.");
		page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)).fill(meetingDay.toString());
		page.getByLabel("Klockan").fill("09:30");
		page.getByLabel("Längd i minuter").fill("90");
		page.getByLabel("Plats").fill("Familjecentralen Gottsunda, rum 2");
		page.getByLabel("Enhet 1").selectOption("Vårdcentralen Lindgården");
		page.getByLabel("Enhet 2").selectOption("Försäkringskassan, lokalt försäkringscenter Uppsala");
		page.getByLabel("Maria Lindqvist (Vårdnadshavare)").check();
		page.getByLabel("Meddelande till personen")
			.fill("Hej Alex! Vi ses för att prata om skolan. Du bestämmer själv hur länge du vill vara med.");
		button("Skicka kallelsen").click();
		assertThat(page.locator(".notice.success")).containsText("Kallelsen är skickad");
		meetingUrl = path();
		assertThat(page.locator("#answers")).containsText("0 kommer, 0 kan inte komma, 3 har inte svarat.");
	}

	/** The letter to post, fetched in her browser session as a download would be. */
	private void printTheKallelseForTheMother() {
		Locator letter = link("Kallelse till Maria Lindqvist som PDF");
		assertThat(letter).isVisible();
		APIResponse response = context.request().get(letter.getAttribute("href"));
		org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
		org.assertj.core.api.Assertions.assertThat(PdfFacts.text(response.body()))
			.contains("Välkommen till ett SIP-möte", "Maria Lindqvist", "Familjecentralen Gottsunda");
	}

	private void erikAcceptsFromHisInbox() {
		clickInMenu("Inkorg");
		// other tests' meetings may share the day: the card of this SIP's meeting
		page.locator(".card")
			.filter(new Locator.FilterOptions().setHasText("Din enhet är kallad till ett SIP-möte"))
			.locator("a[href^='" + sipUrl + "/moten/']")
			.click();
		assertThat(page.getByLabel("Vem kommer?")).hasValue("Erik Holmgren");
		page.getByLabel("Vi kommer").check();
		button("Spara svaret från Vårdcentralen Lindgården").click();
		assertThat(page.locator(".notice.success")).containsText("Svaret är sparat");
	}

	private void forsakringskassanDeclinesWithAReason() {
		clickInMenu("Inkorg");
		page.locator(".card a[href^='" + sipUrl + "/moten/']").first().click();
		page.getByLabel("Vi kan inte komma").check();
		button("Spara svaret från Försäkringskassan, lokalt försäkringscenter Uppsala").click();
		assertThat(page.locator(".field-error")).containsText("Skriv varför ni inte kan komma");
		page.getByLabel("Vi kan inte komma").check();
		page.getByLabel("Varför kan ni inte komma?").fill("Alex har inget ärende hos oss just nu.");
		button("Spara svaret från Försäkringskassan, lokalt försäkringscenter Uppsala").click();
		assertThat(page.locator(".notice.success")).containsText("Svaret är sparat");
	}

	private void annaSeesWhoComes() {
		clickInMenu("Inkorg");
		assertThat(page.locator("main")).containsText("Någon har svarat på din kallelse");
		assertThat(page.locator("main")).containsText("Svar: Kan inte komma");
		page.navigate(meetingUrl);
		Locator answers = page.locator("#answers");
		assertThat(answers).containsText("1 kommer, 1 kan inte komma, 1 har inte svarat.");
		assertThat(answers.locator("tr", new Locator.LocatorOptions().setHasText("Vårdcentralen Lindgården")))
			.containsText("Kommer");
		assertThat(answers.locator("tr", new Locator.LocatorOptions().setHasText("Försäkringskassan")))
			.containsText("Alex har inget ärende hos oss just nu.");
		assertThat(answers.locator("tr", new Locator.LocatorOptions().setHasText("Maria Lindqvist")))
			.containsText("Har inte svarat");
	}

	private void theIndividualsViewListsExactlyThat() {
		link("Så ser personen kallelsen").click();
		Locator who = page.locator("#who-comes li");
		assertThat(who).hasCount(3);
		assertThat(who).containsText(new String[] { "Vårdcentralen Lindgården: kommer (Erik Holmgren)",
				"Försäkringskassan, lokalt försäkringscenter Uppsala: kan inte komma",
				"Maria Lindqvist: har inte svarat än" });
		assertThat(page.locator("main")).containsText("Hej Alex! Vi ses för att prata om skolan.");
		page.goBack();
	}

	private void theSilentMotherIsRemindedWhenTheClockMovesOn() {
		var calledAt = jdbc.sql("select called_at from meeting where id = ?::uuid")
			.param(meetingId())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		clock.advance(Duration.between(clock.instant(), deadlines.remindAfter(calledAt)).plusMinutes(1));
		meetings.sendReminders();
		page.navigate(meetingUrl);
		assertThat(page.locator("#answers tr", new Page.LocatorOptions().setHasText("Maria Lindqvist")))
			.containsText("Påminnelse skickad");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select count(*) from outgoing_mail where recipient = ? and event_key = ?""")
				.params(mariasEmail, "reminder:" + jdbc.sql("""
						select i ->> 'invitationId' from meeting m, jsonb_array_elements(m.invitations -> 'all') i
						where m.id = ?::uuid and i -> 'invitee' ->> 'name' = 'Maria Lindqvist'""")
					.param(meetingId())
					.query(String.class)
					.single())
				.query(Long.class)
				.single() == 1);
	}

	private void reschedulingSendsAHigherSequence() {
		link("Ändra tid eller ställ in mötet").click();
		page.getByLabel("Klockan").fill("10:00");
		button("Spara och meddela alla").click();
		assertThat(page.locator(".notice.success")).containsText("Mötet har ny tid eller plats");
		assertThat(page.locator("main")).containsText("kl. 10:00–11:30");
		String ics = page.request().get(meetingUrl + "/kalender.ics").text();
		org.assertj.core.api.Assertions.assertThat(ics).contains("METHOD:REQUEST", "SEQUENCE:1", "SUMMARY:SIP-möte");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select count(*) from outgoing_mail where recipient = 'lindgarden@example.se'
					and ics like '%SEQUENCE:1%' and ics like ?""")
				.param("%" + meetingId() + "%")
				.query(Long.class)
				.single() == 1);
	}

	private void holdTheMeetingAndConfirmThePlan() {
		clock.advance(Duration.between(clock.instant(), meetingDay.atTime(10, 0).atZone(clock.getZone()).toInstant()));
		page.navigate(meetingUrl);
		link("Håll mötet och skriv protokoll").click();
		page.getByLabel("Vårdcentralen Lindgården", new Page.GetByLabelOptions().setExact(true))
			.selectOption("PRESENT");
		page.getByLabel("Försäkringskassan, lokalt försäkringscenter Uppsala",
				new Page.GetByLabelOptions().setExact(true))
			.selectOption("ABSENT_WITH_NOTICE");
		page.getByLabel("Anteckningar: Inledning").fill("Alex var med första halvtimmen.");
		page.getByLabel("Anteckningar: Nuläge").fill("Alex går i skolan två dagar i veckan.");
		page.getByLabel("Behov", new Page.GetByLabelOptions().setExact(true))
			.fill("Komma tillbaka till skolan\nSova bättre");
		page.getByLabel("Målet med personens egna ord").first().fill("Jag vill gå i skolan varje dag");
		page.getByLabel("Vem följer upp målet?").first().fill("Elevhälsan");
		page.getByLabel("Vad görs?").first().fill("Samtal om sömn varannan vecka");
		page.getByLabel("Ansvarig enhet").first().selectOption("Vårdcentralen Lindgården");
		page.getByLabel("Samordningsansvarig").selectOption("Erik Holmgren, Vårdcentralen Lindgården");
		page.getByLabel("Datum för uppföljning").fill(meetingDay.plusMonths(3).toString());
		page.getByLabel("Vad fungerade bra?").fill("Alex fick börja.");
		page.getByLabel("Vad kan vi göra annorlunda?").fill("Kortare möte.");
		// the mother's attendance is missing: explained, nothing saved
		button("Mötet är hållet – fastställ planen").click();
		assertThat(page.locator(".field-error").first()).containsText("Ange närvaro");
		page.getByLabel("Maria Lindqvist (vårdnadshavare)").selectOption("PRESENT");
		button("Mötet är hållet – fastställ planen").click();
		assertThat(page.locator(".notice.success")).containsText("Mötet är hållet och planen är fastställd");
		assertThat(page.locator("main")).containsText("Plan gäller");
		assertThat(page.locator("main")).containsText("Jag vill gå i skolan varje dag");
		assertThat(page.locator("main")).containsText("Erik Holmgren");
	}

	private String meetingId() {
		return meetingUrl.substring(meetingUrl.lastIndexOf('/') + 1);
	}

}
