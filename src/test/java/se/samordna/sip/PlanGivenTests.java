package se.samordna.sip;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestSips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recording that the person got the plan: the process measure "plans given" starts here.
 */
@IntegrationTest
class PlanGivenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestIndividuals individuals;

	@Autowired
	TestSips sips;

	@Test
	void theCoordinatorRecordsOnceThatThePersonGotThePlan() throws Exception {
		// a plan confirmed by erik, not yet recorded as given
		UUID sip = TestLogins.as(logins, "erik",
				() -> sips.start(individuals.adult("Sanna", "Ek")).consented().planConfirmed("erik").id());
		String page = "/sip/" + sip + "/versioner/1";
		var erik = user(logins.loadUserByUsername("erik"));
		assertThat(mvc.perform(get(page).with(erik))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Har personen fått planen?");
		// nothing chosen: told next to the question, nothing saved
		assertThat(mvc.perform(post(page + "/lamnad").with(erik).with(csrf()).param("version", version(sip)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Välj hur personen fick planen.");
		mvc.perform(post(page + "/lamnad").with(erik)
			.with(csrf())
			.param("version", version(sip))
			.param("delivery", "AFTERWARDS")).andExpect(redirectedUrl(page));
		assertThat(mvc.perform(get(page).with(erik)).andReturn().getResponse().getContentAsString())
			.contains("Personen fick planen: I efterhand, till exempel med post.");
		assertThat(mvc
			.perform(post(page + "/lamnad").with(erik)
				.with(csrf())
				.param("version", version(sip))
				.param("delivery", "AT_MEETING"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Någon har redan sparat att personen fått den här versionen.");
		assertThat(jdbc.sql("select delivery from sip_plan_delivery where sip_id = ?")
			.param(sip)
			.query(String.class)
			.list()).containsExactly("AFTERWARDS");
		// an outsider gets the same 404 as for a SIP that does not exist
		mvc.perform(get(page).with(user(logins.loadUserByUsername("olle")))).andExpect(status().isNotFound());
	}

	private String version(UUID sip) {
		return String.valueOf(jdbc.sql("select version from sip where id = ?").param(sip).query(Long.class).single());
	}

}
