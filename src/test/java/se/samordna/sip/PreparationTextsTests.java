package se.samordna.sip;

import org.junit.jupiter.api.Test;

import se.samordna.TestLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How long a preparation may be is the SIP's rule: the form holds no limit of its own,
 * and a request with answers too long is told each one in Swedish, with nothing saved.
 */
class PreparationTextsTests extends SipCaseTests {

	@Test
	void everyAnswerTooLongIsToldAtOnceAndNothingIsSaved() throws Exception {
		Sip sip = cases.consented();
		String page = mvc
			.perform(cases.as("anna", post("/sip/" + sip.id() + "/forberedelser"))
				.param("version", String.valueOf(sip.version()))
				.param("whatMatters", "x".repeat(Preparation.WHAT_MATTERS + 1))
				.param("purpose", "x".repeat(Preparation.ANSWER + 1))
				.param("interpreterLanguage", "x".repeat(Preparation.LANGUAGE + 1)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"whatMatters-error\">Texten är för lång. Den får vara högst 2 000 tecken.")
			.contains("id=\"purpose-error\">Texten är för lång. Den får vara högst 1 000 tecken.")
			.contains("id=\"interpreterLanguage-error\">Texten är för lång. Den får vara högst 100 tecken.");
		TestLogins.signIn(logins, "anna");
		assertThat(sips.view(sip.id()).preparation()).isEmpty();
	}

	@Test
	void somethingIsWrittenAboutWhatMatters() throws Exception {
		Sip sip = cases.consented();
		String page = mvc
			.perform(cases.as("anna", post("/sip/" + sip.id() + "/forberedelser"))
				.param("version", String.valueOf(sip.version()))
				.param("whatMatters", " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"whatMatters-error\">Skriv vad som är viktigt för personen");
	}

}
