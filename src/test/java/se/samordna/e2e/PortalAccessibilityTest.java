package se.samordna.e2e;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.samordna.portal.PortalLanguage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the individual's own pages, in each of the seven languages, passes axe
 * (WCAG 2.1 AA), right-to-left included; on a phone-sized screen at 200 % zoom nothing
 * scrolls sideways, and the keyboard reaches the content first. The plan page is
 * photographed in every language (target/portal-screenshots) for the issue note.
 */
class PortalAccessibilityTest extends BrowserJourney {

	/** 200 % zoom of a 640 px wide phone leaves 320 CSS pixels. */
	@Override
	com.microsoft.playwright.Browser.NewContextOptions contextOptions() {
		return super.contextOptions().setViewportSize(new ViewportSize(320, 640));
	}

	@ParameterizedTest
	@EnumSource(PortalLanguage.class)
	void everyPortalPageIsAccessibleInEveryLanguage(PortalLanguage language) {
		visit("/mina-sidor/vad-ar-sip?lang=" + language.tag());
		assertThat(page.locator("html")).hasAttribute("lang", language.htmlLang());
		assertThat(page.locator("html")).hasAttribute("dir", language.dir());
		fitsTheScreen();
		visit("/mina-sidor/logga-in");
		fitsTheScreen();

		page.locator("#username").fill("alex");
		page.locator("#password").fill("demo");
		page.locator("form.stacked button[type=submit]").click();
		assertThat(page.locator("h1")).containsText("Alex");
		checkAccessibility();
		fitsTheScreen();

		// the keyboard reaches the skip link first, and it leads to the content
		page.keyboard().press("Tab");
		assertThat(page.locator(".skip-link")).isFocused();
		page.keyboard().press("Enter");
		assertThat(page.locator("#main")).isFocused();

		// the oldest: the demo SIP, with its three actions and contact person
		String sip = page.locator(".cards a").last().getAttribute("href");
		try {
			for (String subpage : List.of("", "/mote", "/forbered", "/samtycke", "/versioner/1")) {
				visit(sip + subpage);
				assertThat(page.locator("html")).hasAttribute("dir", language.dir());
				fitsTheScreen();
			}
			visit(sip);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target/portal-screenshots/plan-" + language.tag() + ".png")));
		}
		finally {
			// the choice is remembered for Alex; leave it as the other journeys expect it
			page.navigate("/mina-sidor?lang=sv");
		}
	}

	private void fitsTheScreen() {
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("sideways scroll on %s", page.url()).isLessThanOrEqualTo(0);
	}

}
