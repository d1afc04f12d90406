package se.samordna.sip;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samordna.IntegrationTest;
import se.samordna.directory.TestUnits;
import se.samordna.people.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SipPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(logins.loadUserByUsername(username)));
	}

	String startSip(String username, java.util.UUID individualId) throws Exception {
		String location = mvc
			.perform(as(username, post("/sip/ny")).with(csrf())
				.param("individ", individualId.toString())
				.param("noticedBy", "SKOLA")
				.param("track", "SOL_HSL")
				.param("level", "SIP")
				.param("reason", "Skolfrånvaro och oro.")
				.param("startAnyway", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/sip/");
		return location;
	}

	@Test
	void annaStartsASipAndRecordsAlexsOwnConsent() throws Exception {
		mvc.perform(as("anna", get("/sip/ny")).param("individ", TestPeople.ALEX.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Starta SIP för Alex Lindqvist")));
		String sip = startSip("anna", TestPeople.ALEX.id());

		mvc.perform(as("anna", get(sip)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bedömd")))
			.andExpect(content().string(containsString("Registrera samtycke")));

		mvc.perform(as("anna", get(sip + "/samtycke")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Den unga är 16 år och samtycker själv")));

		mvc.perform(as("anna", post(sip + "/samtycke")).with(csrf())
			.param("version", "0")
			.param("giver", "GUARDIANS")
			.param("consentingPersons", "Maria Lindqvist\nJohan Lindqvist")
			.param("method", "WRITTEN")
			.param("givenOn", java.time.LocalDate.now().toString())
			.param("sharingOrganisations", TestUnits.UPPSALA_KOMMUN.toString()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"giver-error\">En ung person som har fyllt 15 år samtycker själv.")));

		mvc.perform(as("anna", post(sip + "/samtycke")).with(csrf())
			.param("version", "0")
			.param("giver", "INDIVIDUAL")
			.param("method", "WRITTEN")
			.param("givenOn", java.time.LocalDate.now().toString())
			.param("sharingOrganisations", TestUnits.UPPSALA_KOMMUN.toString(), TestUnits.REGION_UPPSALA.toString()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(as("anna", get(sip)))
			.andExpect(content().string(containsString("Samtycke finns")))
			.andExpect(content().string(containsString("Region Uppsala")));
		mvc.perform(as("anna", get("/sip"))).andExpect(content().string(containsString(sip)));
	}

	@Test
	void anOutsiderGets404ForTheSipPage() throws Exception {
		String sip = startSip("anna", TestPeople.ALEX.id());
		mvc.perform(as("olle", get(sip))).andExpect(status().isNotFound());
		mvc.perform(as("bodil", get(sip))).andExpect(status().isNotFound());
		mvc.perform(as("olle", get(sip + "/samtycke"))).andExpect(status().isNotFound());
	}

	@Test
	void aProtectedPersonsSipIsMarkedForManualHandlingAndShowsNoAddress() throws Exception {
		String sip = startSip("erik", TestPeople.SANNA.id());
		String page = mvc.perform(as("erik", get(sip)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Manuell hantering").doesNotContain(TestPeople.SANNA_STREET);
		String worklist = mvc.perform(as("erik", get("/sip"))).andReturn().getResponse().getContentAsString();
		assertThat(worklist).contains("Manuell hantering").doesNotContain(TestPeople.SANNA_STREET);
	}

	@Test
	void theWorklistFiltersByStateAndByWhatIsWaiting() throws Exception {
		String due = mvc.perform(as("erik", get("/sip")).param("visa", "OPEN").param("lage", "FOLLOW_UP_DUE"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(due).contains("Sanna Ek").doesNotContain("Gunnar Åberg");
		String overdue = mvc.perform(as("erik", get("/sip")).param("visa", "FOLLOW_UP_OVERDUE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overdue).contains("Sanna Ek").contains("Uppföljningen är försenad").doesNotContain("Gunnar Åberg");
		String noCoordinator = mvc.perform(as("erik", get("/sip")).param("visa", "NO_COORDINATOR"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(noCoordinator).contains("Gunnar Åberg").doesNotContain("Sanna Ek");
		String closed = mvc.perform(as("olle", get("/sip")).param("visa", "CLOSED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(closed).contains("Bo Nyström").doesNotContain("Alex Lindqvist");
	}

	@Test
	void aHalfFilledGoalIsExplainedNextToItsFieldAndNothingIsSaved() throws Exception {
		String sip = startSip("anna", TestPeople.ALEX.id());
		mvc.perform(as("anna", post(sip + "/samtycke")).with(csrf())
			.param("version", "0")
			.param("giver", "INDIVIDUAL")
			.param("method", "ORAL")
			.param("givenOn", java.time.LocalDate.now().toString())
			.param("sharingOrganisations", TestUnits.UPPSALA_KOMMUN.toString())).andExpect(status().is3xxRedirection());
		String page = mvc
			.perform(as("anna", post(sip + "/plan")).with(csrf())
				.param("version", "1")
				.param("needs", "Komma tillbaka till skolan")
				.param("goals[0].individualsWords", "Jag vill gå i skolan")
				.param("goals[0].term", "LONG"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"goals0.followedUpBy-error\">Skriv vem som följer upp målet.")
			.contains("aria-describedby=\"goals0.followedUpBy-error\"");
		mvc.perform(as("anna", get(sip)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Jag vill gå i skolan"))));
	}

	@Test
	void theStartFormExplainsAMissingReason() throws Exception {
		mvc.perform(as("anna", post("/sip/ny")).with(csrf())
			.param("individ", TestPeople.ALEX.id().toString())
			.param("noticedBy", "SKOLA")
			.param("track", "SOL_HSL")
			.param("level", "SIP")
			.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
	}

}
