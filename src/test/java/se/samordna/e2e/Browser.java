package se.samordna.e2e;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A real browser against the application on its random port: a fresh browser context per
 * test in the one shared {@link Chromium}. Staff log in through the log-in form; citizens
 * are signed in with the session their log-in would give. No page is checked with axe
 * here: {@code AccessibilityTest} checks every page template once per language and screen
 * size.
 */
abstract class Browser {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	SessionRepository<? extends Session> sessions;

	BrowserContext context;

	Page page;

	@BeforeEach
	void openContext() {
		context = newContext(contextOptions());
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	BrowserContext newContext(com.microsoft.playwright.Browser.NewContextOptions options) {
		return chromium.browser().newContext(options);
	}

	com.microsoft.playwright.Browser.NewContextOptions contextOptions() {
		return new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL(baseUrl()).setLocale("sv-SE");
	}

	String baseUrl() {
		return "http://localhost:" + port;
	}

	/** Where the page is, without the server's address. */
	String path() {
		return page.url().replaceFirst("^https?://[^/]+", "");
	}

	void logIn(String username) {
		page.navigate("/login");
		page.getByLabel("Användarnamn").fill(username);
		page.getByLabel("Lösenord").fill("demo");
		button("Logga in").click();
		assertThat(page.locator("h1")).containsText("Välkommen");
	}

	void logOut() {
		button("Logga ut").click();
		assertThat(page.locator(".notice")).containsText("Du är utloggad");
	}

	/**
	 * Signs a citizen in in this browser context with the session the citizens' log-in
	 * gives ({@code TestCitizens}); the log-in form itself is a demo log-in's journey.
	 */
	void citizenSignedIn(BrowserContext browser, Authentication citizen) {
		String id = store(sessions, citizen);
		browser.addCookies(
				List.of(new Cookie("SESSION", Base64.getEncoder().encodeToString(id.getBytes())).setUrl(baseUrl())
					.setHttpOnly(true)));
	}

	private static <S extends Session> String store(SessionRepository<S> sessions, Authentication citizen) {
		S session = sessions.createSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(citizen));
		sessions.save(session);
		return session.getId();
	}

	static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (var in = Files.newInputStream(Path.of("src/main/resources/i18n", name + ".properties"))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	Locator link(String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	void clickInMenu(String name) {
		page.getByRole(AriaRole.NAVIGATION)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name))
			.click();
	}

}
