package se.samordna.platform;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samordna.FailingEndpoint;
import se.samordna.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error pages as the server itself gives them to a browser (MockMvc does not run the
 * container's error dispatch): Swedish, kind, and without technical detail; and the
 * accessibility statement open to everyone.
 */
@IntegrationTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	/** A browser's cookie jar, logged in through the log-in form. */
	HttpClient loggedIn(String username) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		String form = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).as("a CSRF token on the log-in page").isTrue();
		String body = "username=" + username + "&password=demo&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> home = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(home.body()).contains("Välkommen");
		return browser;
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	HttpResponse<String> get(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aFailureShowsASwedishPageWithoutTechnicalDetail() throws Exception {
		HttpResponse<String> page = get(loggedIn("erik"), FailingEndpoint.FAILURE);
		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains("<h1>Något gick fel hos oss</h1>")
			.doesNotContain("IllegalStateException")
			.doesNotContain("19121212")
			.doesNotContain("at se.samordna")
			.doesNotContain("deliberate");
	}

	@Test
	void anUnknownAddressGivesTheSwedish404Page() throws Exception {
		HttpResponse<String> page = get(loggedIn("anna"), "/finns-inte");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<h1>Vi hittar inte sidan</h1>");
	}

	@Test
	void staffOnAnAdminPageGetAKindRefusal() throws Exception {
		HttpResponse<String> page = get(loggedIn("erik"), "/admin/loggkontroll");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("<h1>Du har inte behörighet till den här sidan</h1>");
	}

	@Test
	void aWrongMethodGivesTheGeneralSwedishErrorPage() throws Exception {
		HttpResponse<String> page = get(loggedIn("anna"), "/sip/" + UUID.randomUUID() + "/deltagare/enhet");
		assertThat(page.statusCode()).isEqualTo(405);
		assertThat(page.body()).contains("<h1>Det gick inte att visa sidan</h1>").doesNotContain("Exception");
	}

	@Test
	void aConcurrentEditIsToldAsSuch() throws Exception {
		HttpResponse<String> page = get(loggedIn("anna"), FailingEndpoint.CONCURRENT_EDIT);
		assertThat(page.statusCode()).isEqualTo(409);
		assertThat(page.body()).contains("<h1>Någon annan har ändrat uppgifterna</h1>");
	}

	@Test
	void theAccessibilityStatementIsOpenToEveryone() throws Exception {
		HttpResponse<String> page = get(HttpClient.newHttpClient(), "/tillganglighet");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Tillgänglighet för Samordna</h1>");
	}

}
