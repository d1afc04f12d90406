package se.samordna.people;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samordna.IntegrationTest;
import se.samordna.access.AccessLogRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samordna.people.TestPeople.ALEX;
import static se.samordna.people.TestPeople.SANNA;
import static se.samordna.people.TestPeople.SANNA_STREET;

@IntegrationTest
class IndividualPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	@Autowired
	JdbcClient jdbc;

	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(logins.loadUserByUsername(username)));
	}

	@Nested
	class Outsiders {

		@Test
		void aUserOfAnUnrelatedUnitGets404AndTheRefusalIsLogged() throws Exception {
			var log = new AccessLogRows(jdbc);
			long before = log.count("olle", ALEX.id(), "READ", "REFUSED");

			String page = mvc.perform(as("olle", get("/personer/{id}", ALEX.id())))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(page).contains("Vi hittar inte sidan").doesNotContain(ALEX.name()).doesNotContain("Lindqvist");
			assertThat(log.count("olle", ALEX.id(), "READ", "REFUSED")).isEqualTo(before + 1);
		}

		@Test
		void aRecordThatDoesNotExistLooksTheSameAsOneThatIsNotYours() throws Exception {
			String refused = mvc.perform(as("olle", get("/personer/{id}", ALEX.id())))
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
			mvc.perform(get("/personer/{id}", ALEX.id()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/login"));
		}

		@Test
		void formsWithoutCsrfTokenAreRefused() throws Exception {
			mvc.perform(as("erik", post("/personer/sok")).param("personnummer", ALEX.personnummer()))
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
			mvc.perform(as("anna", post("/personer/sok")).with(csrf()).param("personnummer", "20100120-2397"))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("/personer/" + ALEX.id())));
		}

		@Test
		void htmxGetsOnlyTheSearchArea() throws Exception {
			String fragment = mvc
				.perform(as("anna", post("/personer/sok")).with(csrf())
					.header("HX-Request", "true")
					.param("personnummer", ALEX.personnummer()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(fragment).contains("id=\"search-area\"").doesNotContain("<html").doesNotContain("<footer");
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
					.param("personnummer", "195006142524")
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
	class ProtectedIdentity {

		@Test
		void aProtectedPersonsAddressNeverAppearsOnAnyPage() throws Exception {
			List<MockHttpServletRequestBuilder> pages = List.of(as("erik", get("/personer/{id}", SANNA.id())),
					as("erik", get("/personer/{id}/andra", SANNA.id())),
					as("erik", get("/personer/{id}/relationer/ny", SANNA.id())),
					as("erik", post("/personer/sok")).with(csrf()).param("personnummer", SANNA.personnummer()),
					as("erik", post("/personer/sok")).with(csrf())
						.header("HX-Request", "true")
						.param("personnummer", SANNA.personnummer()),
					as("erik", get("/personer/{id}", SANNA.id())).param("lang", "en"),
					as("admin", post("/admin/loggkontroll")).with(csrf()).param("personnummer", SANNA.personnummer()));
			for (var request : pages) {
				String page = mvc.perform(request)
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(page).doesNotContain(SANNA_STREET).doesNotContain("753 18");
			}
		}

		@Test
		void savingTheEditFormOfAProtectedPersonKeepsTheAddressHidden() throws Exception {
			long version = jdbc.sql("select version from individual where id = ?")
				.param(SANNA.id())
				.query(Long.class)
				.single();
			mvc.perform(as("erik", post("/personer/{id}/andra", SANNA.id())).with(csrf())
				.param("givenName", "Sanna")
				.param("familyName", "Ek")
				.param("protectedIdentity", "true")
				.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
			String street = jdbc.sql("select street_address from individual where id = ?")
				.param(SANNA.id())
				.query(String.class)
				.single();
			assertThat(street).startsWith(SANNA_STREET);
			mvc.perform(as("erik", get("/personer/{id}", SANNA.id())))
				.andExpect(content()
					.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(SANNA_STREET))));
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
