package se.samordna.sip;

import org.junit.jupiter.api.Test;

import se.samordna.TestLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only units that work with individuals take part in a SIP: the participants page offers
 * them grouped by their principal, and a crafted request for the county's analysts or the
 * system administration is refused.
 */
class ParticipatingUnitsTests extends SipCaseTests {

	static final String ANALYS = "20000000-0000-0000-0000-000000000006";

	static final String SYSTEMFORVALTNING = "20000000-0000-0000-0000-000000000007";

	@Test
	void theUnitsOfferedWorkWithIndividualsGroupedByPrincipal() throws Exception {
		Sip sip = cases.consented();
		String page = mvc.perform(cases.as("anna", get("/sip/" + sip.id() + "/deltagare")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<optgroup label=\"Region Uppsala\">")
			.contains("Vårdcentralen Lindgården")
			.doesNotContain("Analys och uppföljning, länet", "Systemförvaltning Samordna");
		assertThat(page.indexOf("<optgroup label=\"Region Uppsala\">")).as("principals before other actors")
			.isLessThan(page.indexOf("<optgroup label=\"Försäkringskassan\">"));
	}

	@Test
	void aUnitThatGivesNoCareIsRefusedEvenWhenARequestNamesIt() throws Exception {
		Sip sip = cases.consented();
		for (String unit : new String[] { ANALYS, SYSTEMFORVALTNING }) {
			String page = mvc
				.perform(cases.as("anna", post("/sip/" + sip.id() + "/deltagare/enhet"))
					.param("version", String.valueOf(sip.version()))
					.param("unitId", unit)
					.param("role", "Statistik"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("id=\"unitId-error\">Enheten ger ingen vård eller omsorg");
		}
		TestLogins.signIn(logins, "anna");
		assertThat(sips.view(sip.id()).participants()).hasSameSizeAs(sip.participants());
	}

}
