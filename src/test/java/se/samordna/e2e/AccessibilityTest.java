package se.samordna.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ViewportSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.FailingEndpoint;
import se.samordna.TestClock;
import se.samordna.TestLogins;
import se.samordna.access.internal.TestCitizens;
import se.samordna.directory.TestStaff;
import se.samordna.directory.TestUnits;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.Meetings;
import se.samordna.people.Individual;
import se.samordna.portal.PortalFixtures;
import se.samordna.portal.PortalLanguage;
import se.samordna.sip.PlanContent;
import se.samordna.sip.Sips;
import se.samordna.survey.Surveys;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestMeetings;
import se.samordna.testdata.TestSips;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every page template passes axe-core (WCAG 2.1 A and AA) in every language it speaks —
 * the staff pages' two, the person's own pages' seven, right to left included — at
 * desktop size and on a phone at 200 % zoom (320 CSS pixels), where nothing may scroll
 * sideways either (a wide table scrolls in its own region); the keyboard reaches the
 * content first. Each template is visited once per language, in a state that shows most
 * of it, and checked at both sizes without reloading. The list of templates comes from
 * the template folder, so a new page is not forgotten. The plan page is photographed in
 * every language (target/portal-screenshots).
 */
class AccessibilityTest extends BrowserJourney {

	static final ViewportSize DESKTOP = new ViewportSize(1280, 800);

	/** 200 % zoom of a 640 px wide phone leaves 320 CSS pixels. */
	static final ViewportSize PHONE = new ViewportSize(320, 640);

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * What the pages show, built once, before any page is read (building it moves the
	 * clock), and only read after that: each language sets its own choice on every
	 * address.
	 */
	private static Staff staff;

	private static Portal portal;

	private static void build(AccessibilityTest test) {
		if (staff == null) {
			staff = test.staffData();
			portal = test.portalData();
		}
	}

	@Override
	com.microsoft.playwright.Browser.NewContextOptions contextOptions() {
		return super.contextOptions().setViewportSize(DESKTOP);
	}

	@Autowired
	UserDetailsService logins;

	@Autowired
	TestIndividuals individuals;

	@Autowired
	TestSips sips;

	@Autowired
	TestMeetings meetings;

	@Autowired
	Sips sipService;

	@Autowired
	Meetings meetingService;

	@Autowired
	Surveys surveys;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	/** The page's language, as the {@code html} element must say it. */
	String lang;

	/**
	 * Its direction, where the page speaks a right-to-left language (the person's pages).
	 */
	String dir;

	final List<String> problems = new ArrayList<>();

	final Set<String> checked = new TreeSet<>();

	@ParameterizedTest
	@ValueSource(strings = { "sv", "en" })
	void everyStaffPageTemplateIsAccessible(String language) {
		lang = language;
		dir = null;
		build(this);
		Staff data = staff;
		String sip = "/sip/" + data.active;
		String meeting = sip + "/moten/" + data.meeting;

		checkAll(visit("access/login", "/login?lang=" + language), visit("layout/accessibility", "/tillganglighet"));

		signIn("admin");
		checkAll(visit("directory/units", "/admin/enheter"), visit("directory/unit-form", "/admin/enheter/ny"),
				visit("directory/unit-import", "/admin/enheter/import"),
				visit("directory/organisations", "/admin/organisationer"),
				visit("directory/organisation-form", "/admin/organisationer/ny"),
				visit("directory/staff", "/admin/personal"), visit("directory/staff-form", "/admin/personal/ny"),
				visit("access/log-review", "/admin/loggkontroll"), visit("notifications/mail", "/admin/e-post"));
		signOut();

		signIn("lars");
		checkAll(visit("statistics/dashboard", "/statistik"), visit("survey/import", "/enkater/import"));
		signOut();

		signIn("anna");
		keyboardReachesTheContentFirst();
		checkAll(visit("access/home", "/"), visit("people/search", "/personer"),
				visit("people/search", "/personer").then(page -> {
					page.locator("#personnummer").fill("123");
					page.locator("#personnummer").press("Enter");
					assertThat(page.locator("#personnummer-error")).isVisible();
				}), visit("people/individual", "/personer/" + data.person.id()),
				visit("people/individual-form", "/personer/" + data.person.id() + "/andra"),
				visit("people/relation-form", "/personer/" + data.person.id() + "/relationer/ny"),
				visit("sip/worklist", "/sip"), visit("sip/start", "/sip/ny?individ=" + data.newcomer.id()),
				visit("sip/start", "/sip/ny?individ=" + data.newcomer.id()).then(AccessibilityTest::submitTheEmptyForm),
				visit("sip/consent", "/sip/" + data.assessed + "/samtycke"), visit("sip/detail", sip),
				visit("sip/withdraw", sip + "/aterkalla"), visit("sip/preparation", sip + "/forberedelser"),
				visit("sip/participants", sip + "/deltagare"), visit("sip/plan", sip + "/plan"),
				visit("sip/confirm", sip + "/faststall"), visit("sip/version", sip + "/versioner/1"),
				visit("sip/compare", sip + "/jamfor?a=1&b=2"), visit("sip/follow-up", sip + "/uppfoljning"),
				visit("sip/close", sip + "/avsluta"), visit("meetings/list", sip + "/moten"),
				visit("meetings/call", sip + "/moten/ny"), visit("meetings/meeting", meeting),
				visit("meetings/individual", meeting + "/for-den-enskilde"),
				visit("meetings/change", meeting + "/andra"), visit("meetings/protocol", meeting + "/protokoll"),
				visit("survey/code", "/sip/" + data.held.sipId() + "/moten/" + data.held.id())
					.then(page -> page.locator("form[action$='/enkatkod'] button[type=submit]").click()),
				visit("notifications/inbox", "/inkorg"), visit("documents/forms", "/blanketter"),
				visit("survey/offers", "/enkater"), visit("survey/answer", "/enkater/" + data.surveyOffer),
				visit("error/404", "/finns-inte", 404), visit("error/403", "/admin/enheter", 403),
				visit("error/500", FailingEndpoint.FAILURE, 500),
				visit("error/409", FailingEndpoint.CONCURRENT_EDIT, 409),
				visit("error", sip + "/deltagare/enhet", 405));

		assertThat(problems).as("axe and reflow, staff pages in %s", language).isEmpty();
		assertThat(checked).as("every staff page template").isEqualTo(templates("layout/page :: page"));
	}

	@ParameterizedTest
	@EnumSource(PortalLanguage.class)
	void everyPortalPageTemplateIsAccessible(PortalLanguage language) {
		lang = language.htmlLang();
		dir = language.dir();
		build(this);
		Portal data = portal;
		String tag = "lang=" + language.tag();
		String sip = "/mina-sidor/sip/" + data.sip;

		checkAll(visit("portal/what-is-sip", "/mina-sidor/vad-ar-sip?" + tag),
				visit("portal/login", "/mina-sidor/logga-in?" + tag),
				visit("portal/survey-code", "/mina-sidor/enkat?kod=" + data.code + "&" + tag),
				visit("portal/survey-role", "/mina-sidor/enkat?kod=" + data.code + "&" + tag)
					.then(page -> page.locator("main form button[type=submit]").first().click()),
				visit("portal/survey-thanks", "/mina-sidor/enkat/tack?" + tag));

		citizenSignedIn(context, TestCitizens.of(data.person));
		page.navigate("/mina-sidor?" + tag);
		keyboardReachesTheContentFirst();
		checkAll(visit("portal/home", "/mina-sidor?" + tag),
				visit("portal/plan", sip + "?" + tag).then(page -> photograph(page, language)),
				visit("portal/meeting", sip + "/mote?" + tag), visit("portal/prepare", sip + "/forbered?" + tag),
				visit("portal/consent", sip + "/samtycke?" + tag), visit("portal/version", sip + "/versioner/1?" + tag),
				visit("portal/survey", "/mina-sidor/enkater/" + data.surveyOffer + "?" + tag));

		assertThat(problems).as("axe and reflow, the person's pages in %s", language).isEmpty();
		assertThat(checked).as("every page template of the person's own pages")
			.isEqualTo(templates("portal/layout :: "));
	}

	// --- checking

	/**
	 * A page template to check: the address that shows it, the status it answers with,
	 * and what to do there first (send a form empty, say).
	 */
	record Visit(String template, String path, int status, Consumer<Page> then) {

		Visit then(Consumer<Page> action) {
			return new Visit(template, path, status, action);
		}

	}

	static Visit visit(String template, String path) {
		return visit(template, path, 200);
	}

	static Visit visit(String template, String path, int status) {
		return new Visit(template, path, status, page -> {
		});
	}

	/**
	 * Checks each page with axe at desktop size, then on the phone, where nothing may
	 * scroll sideways.
	 */
	void checkAll(Visit... visits) {
		for (Visit visit : visits) {
			open(page, visit);
			report(visit.template(), "desktop", Axe.violations(page));
			page.setViewportSize(PHONE.width, PHONE.height);
			report(visit.template(), "phone", Axe.violations(page));
			Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
			if (overflow.intValue() > 0) {
				problems.add(visit.template() + " (phone): scrolls sideways by " + overflow + " px at " + path());
			}
			page.setViewportSize(DESKTOP.width, DESKTOP.height);
			checked.add(visit.template());
		}
	}

	private void open(Page tab, Visit visit) {
		Response response = tab.navigate(visit.path());
		assertThat(response.status()).as("%s at %s", visit.template(), visit.path()).isEqualTo(visit.status());
		visit.then().accept(tab);
		Object said = tab.evaluate("() => [document.documentElement.lang, document.documentElement.dir]");
		assertThat(said).as("lang and dir of %s", visit.template())
			.isEqualTo(dir == null ? List.of(lang, "") : List.of(lang, dir));
	}

	private void report(String template, String size, List<String> violations) {
		violations.forEach(violation -> problems.add(template + " (" + size + ", " + path() + "): " + violation));
	}

	/** A form sent with nothing filled in: its errors are part of the template too. */
	static void submitTheEmptyForm(Page page) {
		page.locator("main form[method=post] button[type=submit]").first().click();
		assertThat(page.locator(".field-error, .error-summary").first()).isVisible();
	}

	/** The plan page on a phone, in every language, for a person to look at. */
	static void photograph(Page page, PortalLanguage language) {
		try {
			Files.createDirectories(Path.of("target/portal-screenshots"));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		page.setViewportSize(PHONE.width, PHONE.height);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target/portal-screenshots/plan-" + language.tag() + ".png")));
		page.setViewportSize(DESKTOP.width, DESKTOP.height);
	}

	/** The first Tab reaches the skip link, and it leads to the content. */
	void keyboardReachesTheContentFirst() {
		page.keyboard().press("Tab");
		assertThat(page.locator(".skip-link")).isFocused();
		page.keyboard().press("Enter");
		assertThat(page.locator("#main")).isFocused();
	}

	/**
	 * Staff log in in the page's language: the form is found by its fields, not its
	 * words.
	 */
	void signIn(String username) {
		page.navigate("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill("demo");
		page.locator("form.stacked button[type=submit]").click();
		assertThat(page.locator("form[action='/logout']")).hasCount(1);
	}

	void signOut() {
		page.locator("form[action='/logout'] button[type=submit]").click();
	}

	/** The page templates (not fragments) that use a layout, by name. */
	static Set<String> templates(String layout) {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).filter(file -> {
				try {
					return Files.readString(file).contains(layout);
				}
				catch (IOException e) {
					throw new IllegalStateException(e);
				}
			})
				.map(file -> TEMPLATES.relativize(file).toString().replace('\\', '/').replaceFirst("\\.html$", ""))
				.collect(Collectors.toCollection(TreeSet::new));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	// --- the data the pages show

	/**
	 * anna's: a person without a SIP; a SIP waiting for consent; a SIP with two plan
	 * versions and a meeting that began an hour ago; a held first meeting with its survey
	 * offer to her unit.
	 */
	record Staff(Individual person, Individual newcomer, UUID assessed, UUID active, UUID meeting, Meeting held,
			UUID surveyOffer) {
	}

	Staff staffData() {
		return TestLogins.as(logins, "anna", () -> {
			Individual person = individuals.child(16, "Alex", "Lindqvist", PortalFixtures.MARIA);
			Individual newcomer = individuals.aged(14, "Noa", "Berg");
			UUID assessed = sips.start(individuals.aged(14, "Elsa", "Lindqvist")).id();
			TestSips.Case active = sips.start(person)
				.consented()
				.withUnits(TestUnits.BUP, TestUnits.VARDCENTRALEN_LINDGARDEN)
				.planConfirmed("anna");
			PlanContent revised = TestSips.plan(TestUnits.BUP, TestUnits.VARDCENTRALEN_LINDGARDEN,
					TestUnits.SOCIALTJANST_BARN_UPPSALA);
			active.planConfirmed(TestStaff.ANNA, revised, java.time.LocalDate.now(clock).plusMonths(3));
			LocalDateTime anHourAgo = LocalDateTime.now(clock).minusHours(1).withSecond(0).withNano(0);
			Meeting meeting = clock.inThePast(Duration.ofDays(2),
					() -> meetings.called(active.sip(), anHourAgo, Set.of(TestUnits.BUP),
							Set.of(Meetings.INDIVIDUAL, TestIndividuals.invitee(person, PortalFixtures.MARIA))));
			TestSips.Case other = sips.start(individuals.adult("Karin", "Sjöberg")).consented();
			Meeting held = meetings.heldFirstMeeting(other.withUnits(TestUnits.BUP).sip(), TestStaff.ANNA,
					Set.of(TestUnits.BUP), Set.of(Meetings.INDIVIDUAL));
			return new Staff(person, newcomer, assessed, active.id(), meeting.id(), held,
					offerToUnit(TestUnits.SOCIALTJANST_BARN_UPPSALA, held));
		});
	}

	/**
	 * Alex's: a plan from a held first meeting with BUP and his mother, a follow-up
	 * meeting called, his survey offer, and a one-time code for a companion.
	 */
	record Portal(Individual person, UUID sip, UUID surveyOffer, String code) {
	}

	Portal portalData() {
		return TestLogins.as(logins, "anna", () -> {
			Individual alex = individuals.child(16, "Alex", "Lindqvist", PortalFixtures.MARIA);
			Set<String> persons = Set.of(Meetings.INDIVIDUAL, TestIndividuals.invitee(alex, PortalFixtures.MARIA));
			TestSips.Case sip = sips.start(alex).consented().withUnits(TestUnits.BUP);
			Meeting held = meetings.heldFirstMeeting(sip.sip(), TestStaff.ANNA, Set.of(TestUnits.BUP), persons);
			meetings.called(sip.reread().sip(), Set.of(TestUnits.BUP), persons);
			String code = surveys.newCode(sip.id(), held.id()).code();
			return new Portal(alex, sip.id(), offerToTheIndividual(sip.id()), code);
		});
	}

	/** The survey offer a held meeting leaves the person, once its listener has run. */
	UUID offerToTheIndividual(UUID sip) {
		return firstOf("select id from survey_offer where sip_id = ? and role = 'INDIVIDUAL'", sip);
	}

	/**
	 * An offer to the unit from the meeting's day, once the meeting's listener has run.
	 */
	UUID offerToUnit(UUID unit, Meeting held) {
		return firstOf("""
				select id from survey_offer where answering_unit = ? and held_on = ? and expires_at > now()
				order by expires_at desc""", unit, held.heldAt().orElseThrow().atZone(clock.getZone()).toLocalDate());
	}

	private UUID firstOf(String sql, Object... params) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !jdbc.sql(sql).params(params).query(UUID.class).list().isEmpty());
		return jdbc.sql(sql).params(params).query(UUID.class).list().get(0);
	}

}
