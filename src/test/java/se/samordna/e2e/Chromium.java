package se.samordna.e2e;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Playwright and one headless browser for the whole test run: the system's Chromium
 * (never a downloaded one), started by the first browser test and closed when the run
 * ends. Starting Playwright costs about a second, so no class starts its own; each test
 * gets a fresh browser context (cookies, storage) of its own instead.
 */
final class Chromium implements BeforeAllCallback {

	private Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		browser = context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.computeIfAbsent(Running.class, key -> new Running(), Running.class).browser;
	}

	Browser browser() {
		return browser;
	}

	/** Closed by JUnit with the root store, at the end of the run. */
	private static final class Running implements AutoCloseable {

		private final Playwright playwright;

		private final Browser browser;

		Running() {
			playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			String chromium = System.getenv().getOrDefault("CHROME_PATH", "/usr/bin/chromium");
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(chromium))
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run")));
		}

		@Override
		public void close() {
			browser.close();
			playwright.close();
		}

	}

}
