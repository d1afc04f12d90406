package se.samordna.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.TestClock;
import se.samordna.TestLogins;
import se.samordna.access.internal.TestCitizens;
import se.samordna.directory.TestStaff;
import se.samordna.directory.TestUnits;
import se.samordna.meetings.Attendance;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingTime;
import se.samordna.meetings.Meetings;
import se.samordna.meetings.Protocol;
import se.samordna.people.Individual;
import se.samordna.sip.Assessment;
import se.samordna.sip.ConsentGiver;
import se.samordna.sip.ConsentMethod;
import se.samordna.sip.PlanContent;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;
import se.samordna.testdata.TestIndividuals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After Gunnar's first meeting: erik answers the survey from his inbox and hands his son
 * Per a one-time code; Per answers without logging in; Gunnar answers on his own pages in
 * lättläst; lars sees the counts change on the county dashboard and downloads the survey
 * file. All of it two years back, in a month of the journey's own, so that the county's
 * counts it reads are its own.
 */
class SurveyJourneyTest extends BrowserJourney {

	static final UUID ERIK = TestStaff.ERIK;

	static final UUID HEMSJUKVARD_UPPSALA = TestUnits.HEMSJUKVARDEN_UPPSALA;

	@Autowired
	Sips sips;

	@Autowired
	Meetings meetings;

	@Autowired
	TestClock clock;

	@Autowired
	UserDetailsService logins;

	@Autowired
	TestIndividuals individuals;

	/** 48, with his son Per as a relative; known to erik's vårdcentral. */
	Individual gunnar;

	String meetingUrl;

	LocalDate meetingDay;

	@AfterEach
	void resetClock() {
		clock.reset();
		TestLogins.signOut();
	}

	@Test
	void afterAMeetingEveryoneAnswersAndTheCountyCountsChange() throws Exception {
		TestLogins.signIn(logins, "erik");
		gunnar = individuals.withRelative(individuals.aged(48, "Gunnar", "Åberg"), "Per Åberg", "son");
		// moving back is safe: nothing falls due in the past that is not due already
		clock.advance(Duration.ofDays(-760));
		gunnarsFirstMeetingIsHeld();

		logIn("lars");
		clickInMenu("Statistik");
		assertThat(surveyCount("Den enskilde: Jag var med och gjorde planen")).isEqualTo("0");
		assertThat(surveyCount("Anhörig eller stöd: Jag vet vem som ansvarar för vad")).isEqualTo("0");
		logOut();

		logIn("erik");
		erikAnswersFromHisInbox();
		String code = erikShowsACodeForPer();
		logOut();

		perAnswersWithTheCode(code);
		gunnarAnswersInLattlast();

		logIn("lars");
		larsSeesTheCountsChangeAndDownloadsTheFile();
	}

	/**
	 * Set-up, not the subject of this journey: a first meeting with erik, hemsjukvården,
	 * Gunnar and Per, held.
	 */
	private void gunnarsFirstMeetingIsHeld() {
		Sip sip = sips.start(gunnar.id(), new Assessment(Assessment.NoticedBy.REGIONAL_HALSO_OCH_SJUKVARD,
				Assessment.LegalTrack.SOL_HSL, Assessment.SipLevel.SIP, "Hjälp hemma efter ett fall."));
		sip = sips.recordConsent(sip.id(), sip.version(), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.WRITTEN,
				LocalDate.now(clock), Set.of(TestUnits.UPPSALA_KOMMUN, TestUnits.REGION_UPPSALA), null, null);
		meetingDay = LocalDate.now(clock).plusDays(2);
		Meeting meeting = meetings.call(sip.id(),
				new Meeting.Call("Planera hjälpen hemma.",
						MeetingTime.of(meetingDay.atTime(LocalTime.of(10, 0)), 60, "Vårdcentralen Lindgården", null),
						"", "Hej Gunnar! Vi ses för att planera hjälpen hemma."),
				Set.of(HEMSJUKVARD_UPPSALA), Set.of(Meetings.INDIVIDUAL, TestIndividuals.invitee(gunnar, "Per Åberg")));
		clock.advance(Duration.between(clock.instant(), meetingDay.atTime(11, 30).atZone(clock.getZone()).toInstant()));
		Map<UUID, Attendance> attendance = new HashMap<>();
		meeting.invitations().forEach(invitation -> attendance.put(invitation.invitationId(), Attendance.PRESENT));
		meetings.hold(sip.id(), meeting.id(), meeting.version(),
				new Protocol(ERIK, ERIK, Map.of(), ERIK, meetingDay.plusMonths(2), "Gunnar och Per var med hela tiden.",
						"Inget."),
				attendance,
				new PlanContent(List.of("Trygghet hemma"),
						List.of(new PlanContent.Goal("Jag vill bo kvar hemma", PlanContent.Goal.Term.LONG, List.of(),
								"Hemsjukvården")),
						List.of(new PlanContent.Action(UUID.randomUUID(), "Tillsyn på kvällen", HEMSJUKVARD_UPPSALA,
								meetingDay, null, PlanContent.Action.Timing.INDEPENDENT, null)),
						List.of()));
		meetingUrl = "/sip/" + sip.id() + "/moten/" + meeting.id();
		TestLogins.signOut();
	}

	/**
	 * The number of answers (n) in the survey table, for a statement at first meetings.
	 */
	private String surveyCount(String statement) {
		Locator row = page.locator("#enkat-heading ~ .table-wrap table tbody tr")
			.filter(new Locator.FilterOptions().setHasText(statement))
			.filter(new Locator.FilterOptions().setHasText("Första mötet"));
		return row.locator("td").nth(1).textContent().strip();
	}

	private void answerEveryStatement() {
		for (Locator statement : page.locator("fieldset.statement").all()) {
			statement.locator("input[type=radio]").first().check();
		}
	}

	private void erikAnswersFromHisInbox() {
		clickInMenu("Inkorg");
		Locator survey = page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Enkät om första SIP-mötet " + meetingDay));
		assertThat(survey).hasCount(1);
		survey.click();
		assertThat(page.locator("main")).containsText("Enkäten är frivillig");
		// nothing answered: each statement says so, nothing is saved
		button("Skicka svaren").click();
		assertThat(page.locator(".error-summary")).containsText("Några frågor saknar svar");
		assertThat(page.locator("#statement-prepared-error")).containsText("Välj ett svar");
		page.getByLabel("Jag är anställd av").selectOption("region");
		answerEveryStatement();
		button("Skicka svaren").click();
		assertThat(page.locator(".notice.success")).containsText("Tack för dina svar!");
	}

	private String erikShowsACodeForPer() {
		page.navigate(meetingUrl);
		button("Visa en engångskod").click();
		assertThat(page.locator("svg[role=img]")).hasAttribute("aria-label", "QR-kod som leder till enkäten");
		String code = page.locator(".code").textContent().strip();
		assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
		return code;
	}

	private void perAnswersWithTheCode(String code) {
		BrowserContext own = newContext(contextOptions());
		Page erikPage = page;
		page = own.newPage();
		try {
			page.navigate("/mina-sidor/enkat?kod=" + code);
			assertThat(page.getByLabel("Kod")).hasValue(code);
			button("Fortsätt").click();
			page.getByLabel("Anhörig eller stöd, till exempel make, maka eller vän").check();
			button("Visa frågorna").click();
			assertThat(page.locator("main")).containsText("Mötet handlade om det min närstående behöver");
			answerEveryStatement();
			button("Skicka svaren").click();
			assertThat(page.locator("h1")).containsText("Tack för dina svar!");
			// one answer per code
			page.navigate("/mina-sidor/enkat?kod=" + code);
			button("Fortsätt").click();
			assertThat(page.locator(".field-error")).containsText("Koden fungerar inte");
		}
		finally {
			own.close();
			page = erikPage;
		}
	}

	private void gunnarAnswersInLattlast() throws Exception {
		Properties lattlast = bundle("portal_sv__lattlast");
		citizenSignedIn(context, TestCitizens.of(gunnar));
		page.navigate("/mina-sidor");
		link("Lättläst svenska").click();
		assertThat(page.locator("main")).containsText(lattlast.getProperty("portal.survey.heading"));
		page.locator("a[href*='/mina-sidor/enkater/']").first().click();
		assertThat(page.locator("h1")).containsText(lattlast.getProperty("portal.survey.title"));
		assertThat(page.locator("main"))
			.containsText(lattlast.getProperty("portal.survey.statement.individual.took_part_in_plan"));
		answerEveryStatement();
		button(lattlast.getProperty("portal.survey.submit")).click();
		assertThat(page.locator(".notice.success")).containsText(lattlast.getProperty("portal.survey.thanks"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(lattlast.getProperty("portal.logout")))
			.click();
	}

	private void larsSeesTheCountsChangeAndDownloadsTheFile() {
		clickInMenu("Statistik");
		assertThat(surveyCount("Den enskilde: Jag var med och gjorde planen")).isEqualTo("1–4");
		assertThat(surveyCount("Anhörig eller stöd: Jag vet vem som ansvarar för vad")).isEqualTo("1–4");
		String href = link("Ladda ned som CSV: Enkäten efter mötena").getAttribute("href");
		var download = context.request().get(href);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.headers().get("content-type")).startsWith("text/csv");
		String csv = new String(download.body(), StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow())
			.isEqualTo("role,statement,meeting_type,n,helt,delvis,inte,vet_inte");
		assertThat(csv).contains("individual,took_part_in_plan,first,1–4,,,,",
				"companion,know_who_does_what,first,1–4,,,,");
	}

}
