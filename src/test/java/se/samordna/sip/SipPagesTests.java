package se.samordna.sip;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.directory.TestUnits;
import se.samordna.meetings.Meetings;
import se.samordna.people.Individual;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestMeetings;
import se.samordna.testdata.TestSips;

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

	@Autowired
	TestIndividuals individuals;

	@Autowired
	TestSips sips;

	@Autowired
	TestMeetings meetings;

	/** 16, known to anna's unit. */
	Individual alex;

	@BeforeEach
	void registerAlex() {
		alex = TestLogins.as(logins, "anna", () -> individuals.aged(16, "Alex", "Lindqvist"));
	}

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
		mvc.perform(as("anna", get("/sip/ny")).param("individ", alex.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Starta SIP för Alex Lindqvist")));
		String sip = startSip("anna", alex.id());

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
		mvc.perform(as("anna", get("/sip")).param("individ", alex.id().toString()))
			.andExpect(content().string(containsString(sip)));
	}

	@Test
	void anOutsiderGets404ForTheSipPage() throws Exception {
		String sip = startSip("anna", alex.id());
		mvc.perform(as("olle", get(sip))).andExpect(status().isNotFound());
		mvc.perform(as("bodil", get(sip))).andExpect(status().isNotFound());
		mvc.perform(as("olle", get(sip + "/samtycke"))).andExpect(status().isNotFound());
	}

	@Test
	void aProtectedPersonsSipIsMarkedForManualHandlingAndShowsNoAddress() throws Exception {
		Individual sanna = TestLogins.as(logins, "erik", () -> individuals.protectedPerson("Sanna", "Ek"));
		String sip = startSip("erik", sanna.id());
		String page = mvc.perform(as("erik", get(sip)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Manuell hantering").doesNotContain(TestIndividuals.PROTECTED_STREET);
		String worklist = mvc.perform(as("erik", get("/sip")).param("individ", sanna.id().toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row(worklist, sip.substring("/sip/".length()))).contains("Manuell hantering");
		assertThat(worklist).doesNotContain(TestIndividuals.PROTECTED_STREET);
	}

	@Test
	void theWorklistFiltersByStateAndByWhatIsWaiting() throws Exception {
		TestLogins.signIn(logins, "erik");
		UUID due = sips.followUpDue(individuals.adult("Sanna", "Förfallen"), "erik").id();
		TestSips.Case invited = sips.start(individuals.aged(48, "Gunnar", "Inbjuden")).consented();
		meetings.called(invited.sip(), Set.of(TestUnits.HEMSJUKVARDEN_UPPSALA), Set.of(Meetings.INDIVIDUAL));
		TestLogins.signIn(logins, "olle");
		UUID closed = sips.start(individuals.adult("Bo", "Avslutad"))
			.consented(Set.of(TestUnits.ENKOPINGS_KOMMUN))
			.closed(ClosingReason.WORKS_WITHOUT_SIP)
			.id();
		UUID open = sips.start(individuals.adult("Bo", "Pågående")).id();
		TestLogins.signOut();

		String dueList = worklist("erik", "visa=OPEN&lage=FOLLOW_UP_DUE");
		assertThat(dueList).contains(link(due)).doesNotContain(link(invited.id()));
		String overdue = worklist("erik", "visa=FOLLOW_UP_OVERDUE");
		assertThat(row(overdue, due.toString())).contains("Uppföljningen är försenad");
		assertThat(overdue).doesNotContain(link(invited.id()));
		String noCoordinator = worklist("erik", "visa=NO_COORDINATOR");
		assertThat(noCoordinator).contains(link(invited.id())).doesNotContain(link(due));
		String closedList = worklist("olle", "visa=CLOSED");
		assertThat(closedList).contains(link(closed)).doesNotContain(link(open));
	}

	String worklist(String username, String query) throws Exception {
		return mvc.perform(as(username, get("/sip?" + query)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static String link(UUID sip) {
		return "href=\"/sip/" + sip + "\"";
	}

	/** The worklist row of one SIP, as text. */
	static String row(String worklist, String sipId) {
		Element link = Jsoup.parse(worklist).selectFirst("a[href=/sip/" + sipId + "]");
		assertThat(link).as("a row for %s", sipId).isNotNull();
		return link.closest("tr").text();
	}

	@Test
	void aHalfFilledGoalIsExplainedNextToItsFieldAndNothingIsSaved() throws Exception {
		String sip = startSip("anna", alex.id());
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
			.param("individ", alex.id().toString())
			.param("noticedBy", "SKOLA")
			.param("track", "SOL_HSL")
			.param("level", "SIP")
			.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
	}

}
