package se.samordna.statistics;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard serves the period asked for or says why it cannot; it never shows other
 * months than the ones asked for.
 */
@IntegrationTest
class StatisticsPeriodPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	String dashboard(String query) throws Exception {
		return mvc.perform(get("/statistik" + query).with(user(logins.loadUserByUsername("lars"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aPeriodOutsideTheServedYearsIsToldNextToBothFieldsAndNoFiguresAreShown() throws Exception {
		String page = dashboard("?fran=1900-01&till=2999-12");
		assertThat(page).contains("id=\"fran-error\">Välj en månad från 2010-01 till och med 2099-12.",
				"id=\"till-error\">Välj en månad från 2010-01 till och med 2099-12.",
				"Rätta perioden ovan, så visas siffrorna för den.", "value=\"1900-01\"", "value=\"2999-12\"");
		assertThat(page).doesNotContain("2999-01", "resultat-table", ".csv?");
	}

	@Test
	void aPeriodLongerThanTheLongestIsRefusedNotCutToTwelveMonths() throws Exception {
		String page = dashboard("?fran=2020-01&till=2026-12");
		assertThat(page).contains("id=\"fran-error\">Välj högst 36 månader.", "value=\"2020-01\"")
			.doesNotContain("resultat-table");
	}

	@Test
	void aPeriodThatCanBeServedIsShownAsAsked() throws Exception {
		String page = dashboard("?fran=2025-01&till=2026-12");
		assertThat(page).contains("resultat-table", "fran=2025-01&amp;till=2026-12").doesNotContain("fran-error");
	}

	@Test
	void aCraftedFileRequestForAPeriodThatCannotBeServedIsABadRequest() throws Exception {
		mvc.perform(
				get("/statistik/resultat.csv?fran=1900-01&till=2999-12").with(user(logins.loadUserByUsername("lars"))))
			.andExpect(status().isBadRequest());
		mvc.perform(
				get("/statistik/resultat.csv?fran=2026-05&till=2026-04").with(user(logins.loadUserByUsername("lars"))))
			.andExpect(status().isBadRequest());
	}

}
