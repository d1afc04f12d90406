package se.samordna.e2e;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.TestLogins;
import se.samordna.access.internal.TestCitizens;
import se.samordna.directory.TestUnits;
import se.samordna.meetings.Meetings;
import se.samordna.people.Individual;
import se.samordna.portal.PortalFixtures;
import se.samordna.sip.Participant;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestMeetings;
import se.samordna.testdata.TestSips;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Alex on his own pages, in lättläst: reads the plan, sees who comes to the next meeting,
 * writes what matters to him and a question (and anna sees it), is shown a new plan
 * version with the changes marked, and withdraws his consent, which closes the SIP and
 * tells every unit.
 */
class PortalJourneyTest extends BrowserJourney {

	@Autowired
	Sips sips;

	@Autowired
	Meetings meetings;

	@Autowired
	UserDetailsService logins;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestIndividuals individuals;

	@Autowired
	TestSips testSips;

	@Autowired
	TestMeetings testMeetings;

	@Test
	void alexTakesPartInHisOwnSipInEasySwedish() throws IOException {
		Individual alex = PortalFixtures.alex(individuals, logins);
		Sip sip = PortalFixtures.alexsOwnSip(alex, testSips, testMeetings, meetings, logins, clock);
		Properties easy = bundle("portal_sv__lattlast");
		String path = "/mina-sidor/sip/" + sip.id();

		citizenSignedIn(context, TestCitizens.of(alex));
		page.navigate("/mina-sidor");
		link("Lättläst svenska").click();
		assertThat(page.locator("h1"))
			.containsText(easy.getProperty("portal.home.heading").replace("{0}!", "").strip());

		// the plan, in easy Swedish
		page.navigate(path);
		assertThat(page.locator("html")).hasAttribute("lang", "sv");
		assertThat(page.locator("#goals-heading")).hasText(easy.getProperty("portal.plan.goals"));
		assertThat(page.locator(".goal h3").first()).containsText(PortalFixtures.FIRST_GOAL);
		assertThat(page.locator("#coordinator-heading")).containsText(easy.getProperty("portal.plan.coordinator"));
		assertThat(page.locator("section[aria-labelledby=coordinator-heading]")).containsText("Anna Berglund");
		button(easy.getProperty("portal.plan.new.ack")).click();

		// who comes to the next meeting
		link(easy.getProperty("portal.link.meeting")).click();
		var whoComes = page.locator("#who-comes li");
		assertThat(whoComes.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Elevhälsan")))
			.containsText(easy.getProperty("portal.answer.DECLINED"));
		assertThat(whoComes.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Maria Lindqvist")))
			.containsText(easy.getProperty("portal.answer.NONE"));
		assertThat(whoComes.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("BUP")))
			.containsText(easy.getProperty("portal.answer.ACCEPTED"));

		// what matters to him, and a question; nothing is saved without the first
		link(easy.getProperty("portal.link.prepare")).first().click();
		page.getByLabel(easy.getProperty("portal.prepare.questions")).fill("Kan jag få gå kortare dagar?");
		button(easy.getProperty("portal.prepare.submit")).click();
		assertThat(page.locator("#whatMatters-error")).hasText(easy.getProperty("portal.error.whatMatters"));
		page.getByLabel(easy.getProperty("portal.prepare.whatMatters")).fill("Att orka gå till skolan igen.");
		button(easy.getProperty("portal.prepare.submit")).click();
		assertThat(page.locator(".notice.success")).hasText(easy.getProperty("portal.prepare.saved"));

		// anna sees it in her preparation view
		Page alexsPage = page;
		BrowserContext staff = newContext(contextOptions());
		try {
			page = staff.newPage();
			logIn("anna");
			page.navigate("/sip/" + sip.id() + "/forberedelser");
			assertThat(page.locator(".own-preparations")).containsText("Att orka gå till skolan igen.");
			assertThat(page.locator(".own-preparations")).containsText("Kan jag få gå kortare dagar?");
			assertThat(page.locator(".own-preparations")).containsText("Personen själv");
		}
		finally {
			staff.close();
			page = alexsPage;
		}

		// a new plan version: shown to Alex with the new goal marked
		TestLogins.signIn(logins, "anna");
		Sip current = sips.view(sip.id());
		current = sips.editPlan(sip.id(), current.version(),
				PortalFixtures.plan(List.of(PortalFixtures.FIRST_GOAL, "Jag vill träffa mina kompisar")));
		sips.confirmPlan(sip.id(), current.version(), PortalFixtures.ANNA, LocalDate.now(clock).plusMonths(3),
				current.participants().stream().map(Participant::id).collect(Collectors.toSet()));
		TestLogins.signOut();
		page.navigate(path);
		assertThat(page.locator("#new-heading")).hasText(easy.getProperty("portal.plan.new.heading"));
		var newGoal = page.locator(".goal")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Jag vill träffa mina kompisar"));
		assertThat(newGoal.locator(".mark")).hasText(easy.getProperty("portal.mark.new"));
		assertThat(page.locator(".goal").first().locator(".mark")).hasCount(0);

		// he withdraws his consent: the SIP closes and every unit is told
		link(easy.getProperty("portal.link.consent")).click();
		button(easy.getProperty("portal.consent.withdraw.submit")).click();
		assertThat(page.locator("#understood-error")).hasText(easy.getProperty("portal.error.understood"));
		page.getByLabel(easy.getProperty("portal.consent.withdraw.understood")).check();
		button(easy.getProperty("portal.consent.withdraw.submit")).click();
		assertThat(page.locator(".notice.success")).hasText(easy.getProperty("portal.consent.withdrawn"));

		List<UUID> every = List.of(TestUnits.SOCIALTJANST_BARN_UPPSALA, PortalFixtures.BUP, PortalFixtures.ELEVHALSA);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					jdbc.sql("select unit_id from inbox_message where sip_id = ? and kind = 'SIP_CLOSED'")
						.param(sip.id())
						.query(UUID.class)
						.list())
				.containsExactlyInAnyOrderElementsOf(every));
	}

}
