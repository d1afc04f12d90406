package se.samordna.e2e;

import java.util.Properties;
import java.nio.file.Path;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.io.IOException;
import se.samordna.TestClock;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (the system's Chromium, never a downloaded one) against the application
 * on a random port, with the demo data. {@link #visit} and {@link #checkAccessibility}
 * run axe-core for WCAG 2.1 AA on every page a journey sees and fail on any violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ BrowserJourney.FailingEndpoint.class, TestClock.Config.class })
abstract class BrowserJourney {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	/**
	 * axe runs inside the page, so a journey without JavaScript cannot run it (its pages
	 * are checked with it on).
	 */
	boolean javaScript = true;

	@BeforeAll
	static void launchBrowser() {
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		String chromium = System.getenv().getOrDefault("CHROME_PATH", "/usr/bin/chromium");
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(chromium))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openContext() {
		context = browser.newContext(contextOptions());
		page = context.newPage();
	}

	Browser.NewContextOptions contextOptions() {
		return new Browser.NewContextOptions().setBaseURL("http://localhost:" + port).setLocale("sv-SE");
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	/** Opens a page and checks it with axe. */
	void visit(String path) {
		page.navigate(path);
		checkAccessibility();
	}

	/**
	 * axe-core, WCAG 2.1 A and AA: any violation fails the journey, with what and where.
	 */
	void checkAccessibility() {
		if (!javaScript) {
			return;
		}
		AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
		String violations = results.getViolations()
			.stream()
			.map(violation -> violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " at "
					+ violation.getNodes()
						.stream()
						.map(node -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
		assertThat(results.violationFree()).as("axe on %s:%n%s", page.url(), violations).isTrue();
	}

	void logIn(String username) {
		visit("/login");
		page.getByLabel("Användarnamn").fill(username);
		page.getByLabel("Lösenord").fill("demo");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Logga in"))
			.click();
		assertThat(page.locator("h1")).containsText("Välkommen");
		checkAccessibility();
	}

	void logOut() {
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Logga ut"))
			.click();
		assertThat(page.locator(".notice")).containsText("Du är utloggad");
		checkAccessibility();
	}

	static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (var in = Files.newInputStream(Path.of("src/main/resources/i18n", name + ".properties"))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	void citizenLogsIn(String username) {
		visit("/mina-sidor/logga-in");
		page.getByLabel("Användarnamn").fill(username);
		page.getByLabel("Lösenord").fill("demo");
		button("Logga in").click();
		assertThat(page.locator("h1")).containsText("Hej");
		checkAccessibility();
	}

	com.microsoft.playwright.Locator link(String name) {
		return page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	com.microsoft.playwright.Locator button(String name) {
		return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	void clickInMenu(String name) {
		page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION)
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName(name))
			.click();
	}

	/** Throws, so the journey can see the 500 page a real failure gives. */
	@RestController
	static class FailingEndpoint {

		@GetMapping("/test/fel")
		String fail() {
			throw new IllegalStateException("deliberate failure with secret detail 19121212-1212");
		}

	}

}
