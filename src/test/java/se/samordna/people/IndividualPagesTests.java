package se.samordna.people;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.access.AccessLogRows;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestPersonnummer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class IndividualPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestIndividuals individuals;

	/** Known to anna's unit only. */
	Individual alex;

	@BeforeEach
	void registerAlex() {
		alex = TestLogins.as(logins, "anna", () -> individuals.aged(16, "Alex", "Lindqvist"));
	}

	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(logins.loadUserByUsername(username)));
	}

	@Nested
	class Outsiders {

		@Test
		void aUserOfAnUnrelatedUnitGets404AndTheRefusalIsLogged() throws Exception {
			var log = new AccessLogRows(jdbc);

			String page = mvc.perform(as("olle", get("/personer/{id}", alex.id())))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(page).contains("Vi hittar inte sidan").doesNotContain("Alex").doesNotContain("Lindqvist");
			assertThat(log.count("olle", alex.id(), "READ", "REFUSED")).isEqualTo(1);
		}

		@Test
		void aRecordThatDoesNotExistLooksTheSameAsOneThatIsNotYours() throws Exception {
			String refused = mvc.perform(as("olle", get("/personer/{id}", alex.id())))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String missing = mvc.perform(as("olle", get("/personer/{id}", java.util.UUID.randomUUID())))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(withoutCsrfTokens(refused)).isEqualTo(withoutCsrfTokens(missing));
		}

		@Test
		void signedOutVisitorsAreSentToTheLogInPage() throws Exception {
			mvc.perform(get("/personer/{id}", alex.id()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/login"));
		}

		@Test
		void formsWithoutCsrfTokenAreRefused() throws Exception {
			mvc.perform(as("erik", post("/personer/sok")).param("personnummer", alex.personnummer().digits()))
				.andExpect(status().isForbidden());
		}

		private String withoutCsrfTokens(String html) {
			return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
		}

	}

	@Nested
	class SearchAndRegister {

		@Test
		void aBadPersonnummerIsRefusedWithASwedishMessageNextToTheField() throws Exception {
			String page = mvc
				.perform(as("erik", post("/personer/sok")).with(csrf()).param("personnummer", "20100120-2398"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(page).contains("<p class=\"field-error\" id=\"personnummer-error\">Personnumret stämmer inte.")
				.containsPattern("aria-describedby=\"personnummer-hint personnummer-error\"[^>]*id=\"personnummer\"")
				.contains("aria-invalid=\"true\"");
		}

		@Test
		void theMessageIsInEnglishForAnEnglishUser() throws Exception {
			mvc.perform(as("erik", post("/personer/sok")).with(csrf())
				.param("personnummer", "123")
				.header("Accept-Language", "en")
				.cookie(new jakarta.servlet.http.Cookie("samordna-sprak", "en")))
				.andExpect(content()
					.string(org.hamcrest.Matchers.containsString("The personal identity number is not valid")));
		}

		@Test
		void searchingFindsSomeoneTheUnitKnows() throws Exception {
			mvc.perform(as("anna", post("/personer/sok")).with(csrf())
				.param("personnummer", alex.personnummer().formatted()))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("/personer/" + alex.id())));
		}

		@Test
		void htmxGetsOnlyTheSearchArea() throws Exception {
			String fragment = mvc
				.perform(as("anna", post("/personer/sok")).with(csrf())
					.header("HX-Request", "true")
					.param("personnummer", alex.personnummer().digits()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(fragment).contains("id=\"search-area\"").doesNotContain("<html").doesNotContain("<footer");
		}

		@Test
		void someoneNewIsRegisteredFromTheSearchAndTheirPageOpens() throws Exception {
			var number = TestPersonnummer.aged(14, java.time.LocalDate.now());
			mvc.perform(as("anna", post("/personer/sok")).with(csrf()).param("personnummer", number.digits()))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Ingen träff")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString(number.formatted())));
			String page = mvc
				.perform(as("anna", post("/personer/ny")).with(csrf())
					.param("personnummer", number.formatted())
					.param("givenName", "Noa")
					.param("familyName", "Berg")
					.param("reason", "Orosanmälan från skolan"))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("notice", "people.register.created"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			assertThat(page).startsWith("/personer/");
			assertThat(mvc.perform(as("anna", get(page))).andReturn().getResponse().getContentAsString())
				.contains("<h1>Noa Berg</h1>")
				.contains(number.formatted());
		}

		@Test
		void aLanguageSwitchAfterASearchStartsTheSearchOver() throws Exception {
			mvc.perform(as("anna", get("/personer/sok")).param("lang", "en"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/personer"));
		}

		@Test
		void registrationWithABadPersonnummerSavesNothing() throws Exception {
			String page = mvc
				.perform(as("anna", post("/personer/ny")).with(csrf())
					.param("personnummer", "19900127-2394")
					.param("givenName", "Felix")
					.param("familyName", "Felsson")
					.param("reason", "Nytt ärende"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("id=\"personnummer-error\"");
			assertThat(jdbc.sql("select count(*) from individual where family_name = 'Felsson'")
				.query(Long.class)
				.single()).isZero();
		}

		@Test
		void registrationNeedsAReason() throws Exception {
			String page = mvc
				.perform(as("anna", post("/personer/ny")).with(csrf())
					.param("personnummer", TestPersonnummer.adult(java.time.LocalDate.now()).digits())
					.param("givenName", "Karin")
					.param("familyName", "Sjöberg"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("id=\"reason-error\"")
				.contains("Skriv varför din enhet har kontakt med personen.");
		}

	}

	@Nested
	class Relations {

		@Test
		void aGuardianForAnAdultIsRefusedNextToTheFieldAndARelativeIsSaved() throws Exception {
			Individual gunnar = TestLogins.as(logins, "erik", () -> individuals.aged(48, "Gunnar", "Åberg"));
			String form = "/personer/{id}/relationer/ny";
			mvc.perform(as("erik", get(form, gunnar.id()))).andExpect(status().isOk());
			String refused = mvc
				.perform(as("erik", post(form, gunnar.id())).with(csrf())
					.param("version", String.valueOf(gunnar.version()))
					.param("kind", "GUARDIAN")
					.param("name", "Fel Förälder"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(refused).contains("id=\"kind-error\">Vårdnadshavare kan bara finnas för barn under 18 år.");

			mvc.perform(as("erik", post(form, gunnar.id())).with(csrf())
				.param("version", String.valueOf(gunnar.version()))
				.param("kind", "RELATIVE")
				.param("name", "Lisa Åberg")
				.param("note", "dotter"))
				.andExpect(redirectedUrl("/personer/" + gunnar.id()))
				.andExpect(flash().attribute("notice", "people.relation.saved"));
			assertThat(mvc.perform(as("erik", get("/personer/{id}", gunnar.id())))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("Lisa Åberg").doesNotContain("Fel Förälder");
		}

	}

	@Nested
	class ProtectedIdentity {

		/** Known to erik's unit, with an address on file. */
		Individual sanna;

		@BeforeEach
		void registerSanna() {
			sanna = TestLogins.as(logins, "erik", () -> individuals.protectedPerson("Sanna", "Ek"));
		}

		@Test
		void aProtectedPersonsAddressNeverAppearsOnAnyPage() throws Exception {
			List<MockHttpServletRequestBuilder> pages = List.of(as("erik", get("/personer/{id}", sanna.id())),
					as("erik", get("/personer/{id}/andra", sanna.id())),
					as("erik", get("/personer/{id}/relationer/ny", sanna.id())),
					as("erik", post("/personer/sok")).with(csrf()).param("personnummer", sanna.personnummer().digits()),
					as("erik", post("/personer/sok")).with(csrf())
						.header("HX-Request", "true")
						.param("personnummer", sanna.personnummer().digits()),
					as("erik", get("/personer/{id}", sanna.id())).param("lang", "en"),
					as("admin", post("/admin/loggkontroll")).with(csrf())
						.param("personnummer", sanna.personnummer().digits()));
			for (var request : pages) {
				String page = mvc.perform(request)
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(page).doesNotContain(TestIndividuals.PROTECTED_STREET)
					.doesNotContain(TestIndividuals.PROTECTED_POSTAL_CODE);
			}
			assertThat(mvc.perform(as("erik", get("/personer/{id}/andra", sanna.id())))
				.andReturn()
				.getResponse()
				.getContentAsString()).as("the edit form has no address fields to fill")
				.doesNotContain("name=\"street\"")
				.doesNotContain("name=\"postalCode\"");
		}

		@Test
		void savingTheEditFormOfAProtectedPersonKeepsTheAddressHidden() throws Exception {
			long version = jdbc.sql("select version from individual where id = ?")
				.param(sanna.id())
				.query(Long.class)
				.single();
			mvc.perform(as("erik", post("/personer/{id}/andra", sanna.id())).with(csrf())
				.param("givenName", "Sanna")
				.param("familyName", "Ek")
				.param("protectedIdentity", "true")
				.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
			String street = jdbc.sql("select street_address from individual where id = ?")
				.param(sanna.id())
				.query(String.class)
				.single();
			assertThat(street).startsWith(TestIndividuals.PROTECTED_STREET);
			mvc.perform(as("erik", get("/personer/{id}", sanna.id())))
				.andExpect(content().string(org.hamcrest.Matchers
					.not(org.hamcrest.Matchers.containsString(TestIndividuals.PROTECTED_STREET))));
		}

	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		mvc.perform(as("erik", get("/personer")))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

}
