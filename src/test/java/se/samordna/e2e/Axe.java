package se.samordna.e2e;

import java.util.List;

import com.microsoft.playwright.Page;

/**
 * axe-core, WCAG 2.1 A and AA, run inside the page as it stands. Lighter than
 * {@code AxeBuilder.analyze()}, which opens a page of its own for every check: the script
 * comes once per document from the application's own origin ({@link AxeScript}, cached by
 * the browser), and only violations are gathered, so the same document can be checked
 * again after a change of screen size.
 */
final class Axe {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final String RUN = """
			async (tags) => {
			  const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
			  return results.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
			      + v.nodes.map(node => node.target.join(' ')).join(', '));
			}""";

	private Axe() {
	}

	/** What axe finds wrong on the page: empty when it passes. */
	@SuppressWarnings("unchecked")
	static List<String> violations(Page page) {
		if (!(Boolean) page.evaluate("() => typeof window.axe === 'object'")) {
			page.addScriptTag(new Page.AddScriptTagOptions().setUrl(AxeScript.PATH));
		}
		return (List<String>) page.evaluate(RUN, WCAG_21_AA);
	}

}
