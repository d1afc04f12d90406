package se.samordna.access;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samordna.SamordnaApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff log-in in production: the {@code prod} profile on a real PostgreSQL, against an
 * OIDC provider (mock-oauth2-server standing in for the region's IdP).
 */
class OidcLoginTests {

	static final String ISSUER = "region";

	/**
	 * The citizens' IdP (BankID, Freja through the region), a registration of its own.
	 */
	static final String CITIZEN_ISSUER = "medborgare";

	static final String PERSONNUMMER_CLAIM = "https://id.oidc.se/claim/personalIdentityNumber";

	static MockOAuth2Server idp;

	static EmbeddedPostgres postgres;

	static ConfigurableApplicationContext app;

	static String baseUrl;

	@BeforeAll
	static void startProductionNode() throws IOException {
		idp = new MockOAuth2Server();
		idp.start();
		postgres = EmbeddedPostgres.builder().start();
		app = new SpringApplicationBuilder(SamordnaApplication.class).profiles("prod")
			.run("--server.port=0", "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres",
					"--spring.security.oauth2.client.registration.samordna.client-id=samordna",
					"--spring.security.oauth2.client.registration.samordna.client-secret=hemligt",
					"--spring.security.oauth2.client.provider.samordna.issuer-uri=" + idp.issuerUrl(ISSUER),
					"--spring.security.oauth2.client.registration.medborgare.client-id=samordna-medborgare",
					"--spring.security.oauth2.client.registration.medborgare.client-secret=hemligt",
					"--spring.security.oauth2.client.registration.medborgare.scope=openid",
					"--spring.security.oauth2.client.provider.medborgare.issuer-uri=" + idp.issuerUrl(CITIZEN_ISSUER),
					"--server.servlet.session.cookie.secure=false");
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		baseUrl = "http://localhost:" + port;

		var jdbc = app.getBean(JdbcClient.class);
		jdbc.sql("""
				insert into organisation (id, name, kind, organisationsnummer, version)
				values ('10000000-0000-0000-0000-00000000aaaa', 'Region Prodlän', 'REGION', '2321000016', 0)""")
			.update();
		jdbc.sql("""
				insert into unit (id, organisation_id, name, kind, version)
				values ('20000000-0000-0000-0000-00000000aaaa', '10000000-0000-0000-0000-00000000aaaa',
				        'Vårdcentralen Prod', 'VARDCENTRAL', 0)""").update();
		jdbc.sql("""
				insert into staff_account (id, username, display_name, unit_id, active, version)
				values ('30000000-0000-0000-0000-00000000aaaa', 'erik.prod', 'Erik Produktion',
				        '20000000-0000-0000-0000-00000000aaaa', true, 0)""").update();
		jdbc.sql("insert into staff_role values ('30000000-0000-0000-0000-00000000aaaa', 'STAFF')").update();
		jdbc.sql("""
				insert into individual (id, personal_identity, given_name, family_name, protected_identity, version)
				values ('40000000-0000-0000-0000-00000000aaaa', '199001012385', 'Nora', 'Produktion', false, 0)""")
			.update();
	}

	@AfterAll
	static void stop() throws IOException {
		if (app != null) {
			app.close();
		}
		if (postgres != null) {
			postgres.close();
		}
		if (idp != null) {
			idp.shutdown();
		}
	}

	static HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	static void idpVouchesFor(String username) {
		idp.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "subject-" + username, "JWT", List.of("samordna"),
				Map.of("preferred_username", username), 3600));
	}

	/**
	 * What the log-in page's button does: start the authorization code flow at the IdP.
	 */
	static HttpResponse<String> pressLogInButton(HttpClient browser) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/authorization/samordna")).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aStaffMemberLogsInThroughTheIdentityProvider() throws Exception {
		HttpClient browser = browser();
		idpVouchesFor("erik.prod");

		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.uri().getPath()).isEqualTo("/login");

		HttpResponse<String> page = pressLogInButton(browser);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/");
		assertThat(page.body()).contains("Välkommen, Erik Produktion").contains("Vårdcentralen Prod");
	}

	@Test
	void someoneTheIdpKnowsButSamordnaDoesNotIsTurnedAway() throws Exception {
		HttpClient browser = browser();
		idpVouchesFor("okand.person");

		HttpResponse<String> page = pressLogInButton(browser);

		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.uri().getQuery()).isEqualTo("error");
		assertThat(page.body()).contains("Inloggningen gick inte");
	}

	@Test
	void productionHasNoDemoLogInsAndNoDemoData() throws Exception {
		HttpResponse<String> login = browser().send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.body()).contains("/oauth2/authorization/samordna")
			.doesNotContain("Demoinloggningar")
			.doesNotContain("name=\"password\"");

		HttpResponse<String> formLogin = browser().send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
			.POST(HttpRequest.BodyPublishers.ofString("username=anna&password=demo"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(formLogin.body()).doesNotContain("Välkommen");

		var jdbc = app.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from individual where personal_identity = '201001202397'")
			.query(Long.class)
			.single()).as("Alex of the demo").isZero();
		assertThat(jdbc.sql("select count(*) from staff_account where username = 'anna'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aCitizenLogsInThroughTheirOwnIdentityProviderWithAPersonnummer() throws Exception {
		HttpClient browser = browser();
		idp.enqueueCallback(new DefaultOAuth2TokenCallback(CITIZEN_ISSUER, "nora", "JWT",
				List.of("samordna-medborgare"), Map.of(PERSONNUMMER_CLAIM, "199001012385"), 3600));

		HttpResponse<String> door = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/mina-sidor")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(door.uri().getPath()).isEqualTo("/mina-sidor/logga-in");
		assertThat(door.body()).contains("/mina-sidor/oauth2/authorization/medborgare")
			.doesNotContain("name=\"password\"");

		HttpResponse<String> page = browser.send(
				HttpRequest.newBuilder(URI.create(baseUrl + "/mina-sidor/oauth2/authorization/medborgare")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.uri().getPath()).isEqualTo("/mina-sidor");
		assertThat(page.body()).contains("Hej Nora Produktion!");

		// the citizen's session opens no staff page
		HttpResponse<String> staffPage = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/sip")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(staffPage.statusCode()).isEqualTo(403);
	}

	@Test
	void theStaffIdpCannotOpenACitizensPagesNorTheCitizensIdpAStaffSession() throws Exception {
		// a staff token, sent through the citizens' door, carries no personnummer: turned
		// away
		HttpClient staff = browser();
		idp.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "subject-erik", "JWT", List.of("samordna"),
				Map.of("preferred_username", "erik.prod"), 3600));
		HttpResponse<String> wrongDoor = staff.send(
				HttpRequest.newBuilder(URI.create(baseUrl + "/mina-sidor/oauth2/authorization/samordna")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(wrongDoor.uri().getPath()).isEqualTo("/mina-sidor/logga-in");
		assertThat(wrongDoor.uri().getQuery()).isEqualTo("error");

		// a citizen's token through the staff door: no staff account is looked up from it
		HttpClient citizen = browser();
		idp.enqueueCallback(
				new DefaultOAuth2TokenCallback(CITIZEN_ISSUER, "nora", "JWT", List.of("samordna-medborgare"),
						Map.of(PERSONNUMMER_CLAIM, "199001012385", "preferred_username", "erik.prod"), 3600));
		HttpResponse<String> staffDoor = citizen.send(
				HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/authorization/medborgare")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(staffDoor.uri().getPath()).isEqualTo("/login");
		assertThat(staffDoor.body()).doesNotContain("Välkommen");
	}

}
