package se.samordna.sip;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;

import se.samordna.TestLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A form page opens only when the SIP offers its move ({@link Sip#allowedMoves}); any
 * other request for it goes back to the case page, which says why. A closed SIP serves no
 * edit form, and consent that was never given cannot be withdrawn, whatever a request
 * tries.
 */
@RecordApplicationEvents
class FormPagesFollowAllowedMovesTests extends SipCaseTests {

	/** Every edit form of the case, by its address under the SIP. */
	static final List<String> FORMS = List.of("/plan", "/faststall", "/uppfoljning", "/forberedelser", "/deltagare",
			"/samtycke", "/avsluta", "/aterkalla");

	@Autowired
	ApplicationEvents events;

	@Test
	void aClosedSipServesNoEditFormButTheCasePageSayingWhy() throws Exception {
		String sip = "/sip/" + cases.closed().id();
		for (String form : FORMS) {
			for (String username : List.of("erik", "anna")) {
				mvc.perform(cases.as(username, get(sip + form)))
					.andExpect(redirectedUrl(sip))
					.andExpect(flash().attribute("problem", "sip.notOpen.closed"));
			}
		}
		// the case page the browser is sent to tells why
		MvcResult refused = mvc.perform(cases.as("erik", get(sip + "/plan"))).andReturn();
		mvc.perform(cases.as("erik", get(sip)).cookie(refused.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Planen är avslutad och kan bara läsas.")));
	}

	@Test
	void aFormOfAnOpenSipOpensWhenItsMoveIsOffered() throws Exception {
		String sip = "/sip/" + cases.confirmed().id();
		for (String form : List.of("/plan", "/uppfoljning", "/forberedelser", "/deltagare", "/avsluta", "/aterkalla")) {
			mvc.perform(cases.as("erik", get(sip + form))).andExpect(status().isOk());
		}
		// the coordinator closes; anna's unit started it but no longer answers for it
		mvc.perform(cases.as("anna", get(sip + "/avsluta")))
			.andExpect(redirectedUrl(sip))
			.andExpect(flash().attribute("problem", "sip.notOpen.CLOSE"));
	}

	@Test
	void consentThatWasNeverGivenCannotBeWithdrawn() throws Exception {
		Sip assessed = cases.assessed();
		String sip = "/sip/" + assessed.id();
		mvc.perform(cases.as("anna", get(sip)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(sip + "/aterkalla"))));
		mvc.perform(cases.as("anna", get(sip + "/aterkalla")))
			.andExpect(redirectedUrl(sip))
			.andExpect(flash().attribute("problem", "sip.notOpen.WITHDRAW_CONSENT"));

		// what the page hides, a crafted request still tries
		mvc.perform(cases.as("anna", post(sip + "/aterkalla")).param("version", String.valueOf(assessed.version())))
			.andExpect(redirectedUrl(sip))
			.andExpect(flash().attribute("problem", "sip.refused.withdrawConsent"));

		TestLogins.signIn(logins, "anna");
		Sip after = sips.view(assessed.id());
		assertThat(after.status()).isEqualTo(SipStatus.ASSESSED);
		assertThat(after.closingReason()).isEmpty();
		assertThat(events.stream(SipEvents.SipClosed.class).filter(closed -> closed.sipId().equals(assessed.id())))
			.as("nothing for statistics or inboxes to count")
			.isEmpty();
	}

}
