package se.samordna.e2e;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import se.samordna.directory.TestUnits;
import se.samordna.meetings.Meetings;
import se.samordna.portal.PortalFixtures;
import se.samordna.sip.Participant;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;

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

	@Test
	void alexTakesPartInHisOwnSipInEasySwedish() throws IOException {
		Sip sip = PortalFixtures.alexsOwnSip(sips, meetings, logins, clock);
		TestLogins.signOut();
		Properties easy = bundle("portal_sv__lattlast");
		String path = "/mina-sidor/sip/" + sip.id();

		citizenLogsIn("alex");
		link("Lättläst svenska").click();
		assertThat(page.locator("h1"))
			.containsText(easy.getProperty("portal.home.heading").replace("{0}!", "").strip());
		checkAccessibility();

		// the plan, in easy Swedish
		visit(path);
		assertThat(page.locator("html")).hasAttribute("lang", "sv");
		assertThat(page.locator("#goals-heading")).hasText(easy.getProperty("portal.plan.goals"));
		assertThat(page.locator(".goal h3").first()).containsText(PortalFixtures.FIRST_GOAL);
		assertThat(page.locator("#coordinator-heading")).containsText(easy.getProperty("portal.plan.coordinator"));
		assertThat(page.locator("section[aria-labelledby=coordinator-heading]")).containsText("Anna Berglund");
		button(easy.getProperty("portal.plan.new.ack")).click();
		checkAccessibility();

		// who comes to the next meeting
		link(easy.getProperty("portal.link.meeting")).click();
		checkAccessibility();
		var whoComes = page.locator("#who-comes li");
		assertThat(whoComes.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Elevhälsan")))
			.containsText(easy.getProperty("portal.answer.DECLINED"));
		assertThat(whoComes.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Maria Lindqvist")))
			.containsText(easy.getProperty("portal.answer.NONE"));
		assertThat(whoComes.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("BUP")))
			.containsText(easy.getProperty("portal.answer.ACCEPTED"));

		// what matters to him, and a question; nothing is saved without the first
		link(easy.getProperty("portal.link.prepare")).first().click();
		checkAccessibility();
		page.getByLabel(easy.getProperty("portal.prepare.questions")).fill("Kan jag få gå kortare dagar?");
		button(easy.getProperty("portal.prepare.submit")).click();
		assertThat(page.locator("#whatMatters-error")).hasText(easy.getProperty("portal.error.whatMatters"));
		checkAccessibility();
		page.getByLabel(easy.getProperty("portal.prepare.whatMatters")).fill("Att orka gå till skolan igen.");
		button(easy.getProperty("portal.prepare.submit")).click();
		assertThat(page.locator(".notice.success")).hasText(easy.getProperty("portal.prepare.saved"));
		checkAccessibility();

		// anna sees it in her preparation view
		Page alexsPage = page;
		BrowserContext staff = browser.newContext(contextOptions());
		try {
			page = staff.newPage();
			logIn("anna");
			visit("/sip/" + sip.id() + "/forberedelser");
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
		visit(path);
		assertThat(page.locator("#new-heading")).hasText(easy.getProperty("portal.plan.new.heading"));
		var newGoal = page.locator(".goal")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Jag vill träffa mina kompisar"));
		assertThat(newGoal.locator(".mark")).hasText(easy.getProperty("portal.mark.new"));
		assertThat(page.locator(".goal").first().locator(".mark")).hasCount(0);

		// he withdraws his consent: the SIP closes and every unit is told
		link(easy.getProperty("portal.link.consent")).click();
		checkAccessibility();
		button(easy.getProperty("portal.consent.withdraw.submit")).click();
		assertThat(page.locator("#understood-error")).hasText(easy.getProperty("portal.error.understood"));
		checkAccessibility();
		page.getByLabel(easy.getProperty("portal.consent.withdraw.understood")).check();
		button(easy.getProperty("portal.consent.withdraw.submit")).click();
		assertThat(page.locator(".notice.success")).hasText(easy.getProperty("portal.consent.withdrawn"));
		checkAccessibility();

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
