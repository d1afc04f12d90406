package se.samordna.sip;

import org.junit.jupiter.api.Test;

import se.samordna.TestLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A follow-up judges every goal and every action of the plan: nothing is answered in
 * advance, so a quick save cannot feed the effect measure, and a request that leaves
 * answers out is told next to each row.
 */
class FollowUpOutcomesTests extends SipCaseTests {

	@Test
	void theFormAnswersNothingInAdvance() throws Exception {
		Sip sip = cases.confirmed();
		String page = mvc.perform(cases.as("erik", get("/sip/" + sip.id() + "/uppfoljning")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("name=\"goalOutcomes[0]\"", "name=\"actionOutcomes[1]\"")
			.doesNotContain("selected=\"selected\"");
	}

	@Test
	void aFollowUpWithoutItsAnswersIsToldRowByRowAndNotRecorded() throws Exception {
		Sip sip = cases.confirmed();
		String page = mvc
			.perform(cases.as("erik", post("/sip/" + sip.id() + "/uppfoljning"))
				.param("version", String.valueOf(sip.version()))
				.param("actionOutcomes[1]", "PARTLY_DONE")
				.param("decision", "REVISE_PLAN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"goalOutcomes0-error\">Välj hur långt målet är uppnått.")
			.contains("id=\"actionOutcomes0-error\">Välj hur långt insatsen är genomförd.")
			.doesNotContain("actionOutcomes1-error")
			.contains("<option value=\"PARTLY_DONE\" selected=\"selected\">");
		TestLogins.signIn(logins, "erik");
		assertThat(sips.followUps(sip.id())).isEmpty();
		assertThat(sips.view(sip.id()).status()).isEqualTo(SipStatus.PLAN_ACTIVE);
	}

	@Test
	void aFollowUpWithEveryAnswerIsRecorded() throws Exception {
		Sip sip = cases.confirmed();
		mvc.perform(cases.as("erik", post("/sip/" + sip.id() + "/uppfoljning"))
			.param("version", String.valueOf(sip.version()))
			.param("goalOutcomes[0]", "UNKNOWN")
			.param("actionOutcomes[0]", "DONE")
			.param("actionOutcomes[1]", "NOT_DONE")
			.param("decision", "REVISE_PLAN")).andExpect(redirectedUrl("/sip/" + sip.id()));
		TestLogins.signIn(logins, "erik");
		assertThat(sips.followUps(sip.id())).singleElement()
			.satisfies(followUp -> assertThat(followUp.actionOutcomes()).hasSize(2));
	}

}
