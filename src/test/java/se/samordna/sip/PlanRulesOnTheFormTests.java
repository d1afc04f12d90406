package se.samordna.sip;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samordna.TestClock;
import se.samordna.TestLogins;
import se.samordna.directory.TestUnits;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingTime;
import se.samordna.meetings.Meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The plan form asks the plan itself: a crafted request that breaks its rules (an action
 * after itself, actions waiting for each other, an end before the start, a goal without
 * words, a phone number that is not one) gets every problem next to its row at once, and
 * nothing is saved. The meeting's protocol writes the same rows and is told the same.
 */
class PlanRulesOnTheFormTests extends SipCaseTests {

	static final String BUP = "20000000-0000-0000-0000-000000000002";

	/** The draft's two actions as rows 0 and 1, as the form sends them. */
	MockHttpServletRequestBuilder planPost(Sip sip) {
		PlanContent.Action visits = sip.plan().actions().get(0);
		PlanContent.Action support = sip.plan().actions().get(1);
		return cases.as("anna", post("/sip/" + sip.id() + "/plan"))
			.param("version", String.valueOf(sip.version()))
			.param("needs", "Stöd i vardagen")
			.param("goals[0].individualsWords", "Klara mig hemma")
			.param("goals[0].term", "LONG")
			.param("goals[0].followedUpBy", "Vårdcentralen")
			.param("actions[0].id", visits.id().toString())
			.param("actions[0].description", visits.description())
			.param("actions[0].responsibleUnitId", visits.responsibleUnitId().toString())
			.param("actions[1].id", support.id().toString())
			.param("actions[1].description", support.description())
			.param("actions[1].responsibleUnitId", support.responsibleUnitId().toString());
	}

	@Test
	void everyProblemOfThePlanIsShownNextToItsRowAtOnceAndNothingIsSaved() throws Exception {
		Sip sip = cases.withDraft();
		PlanContent before = sip.plan();
		String page = page(planPost(sip)
			// the visits ordered after themselves
			.param("actions[0].timing", "AFTER")
			.param("actions[0].relatedActionId", before.actions().get(0).id().toString())
			// the support ending before it starts
			.param("actions[1].timing", "INDEPENDENT")
			.param("actions[1].start", LocalDate.now(clock).toString())
			.param("actions[1].end", LocalDate.now(clock).minusDays(1).toString())
			// a second goal without words
			.param("goals[1].followedUpBy", "Socialtjänsten")
			.param("contacts[0].name", "Anna Berglund")
			.param("contacts[0].phone", "abc<script>"));

		assertThat(page)
			.contains(
					"id=\"actions0.relatedActionId-error\">En insats kan inte ske samtidigt som eller efter sig själv.")
			.contains("id=\"actions1.end-error\">Slutdatum kan inte vara före startdatum.")
			.contains("id=\"goals1.individualsWords-error\">Skriv målet med personens egna ord.")
			.contains("id=\"contacts0.phone-error\">Skriv ett telefonnummer med siffror")
			.doesNotContain("abc<script>");
		TestLogins.signIn(logins, "anna");
		assertThat(sips.view(sip.id()).plan()).isEqualTo(before);
	}

	@Test
	void actionsThatWaitForEachOtherAreRefused() throws Exception {
		Sip sip = cases.withDraft();
		String page = page(planPost(sip).param("actions[0].timing", "AFTER")
			.param("actions[0].relatedActionId", sip.plan().actions().get(1).id().toString())
			.param("actions[1].timing", "SAME_TIME_AS")
			.param("actions[1].relatedActionId", sip.plan().actions().get(0).id().toString()));
		assertThat(page).contains("id=\"actions0.relatedActionId-error\">Ordningen går runt i en cirkel")
			.contains("id=\"actions1.relatedActionId-error\">Ordningen går runt i en cirkel");
		TestLogins.signIn(logins, "anna");
		assertThat(sips.view(sip.id()).plan()).isEqualTo(sip.plan());
	}

	@Test
	void anOrderRefersToAnActionOfThisPlan() throws Exception {
		Sip sip = cases.withDraft();
		Sip other = cases.withDraft();
		String page = page(planPost(sip).param("actions[1].timing", "AFTER")
			.param("actions[1].relatedActionId", other.plan().actions().get(0).id().toString()));
		assertThat(page).contains("id=\"actions1.relatedActionId-error\">Insatsen som ordningen gäller finns inte");
	}

	@Test
	void aUnitOutsideTheSipIsNamedOnItsRowAlsoAfterAnEmptyRow() throws Exception {
		Sip sip = cases.consented();
		String page = page(cases.as("anna", post("/sip/" + sip.id() + "/plan"))
			.param("version", String.valueOf(sip.version()))
			.param("needs", "Stöd i vardagen")
			.param("actions[0].description", "")
			.param("actions[1].description", "Samtal på BUP")
			.param("actions[1].responsibleUnitId", BUP)
			.param("actions[1].timing", "INDEPENDENT"));
		// the empty row is left out, so the row the plan refuses is now the first
		assertThat(page).contains("id=\"actions0.responsibleUnitId-error\">Varje insats ska ha en ansvarig enhet")
			.contains("name=\"actions[0].description\" value=\"Samtal p");
	}

	@Test
	void aPlanWithinTheRulesIsSaved() throws Exception {
		Sip sip = cases.withDraft();
		mvc.perform(planPost(sip).param("actions[1].timing", "AFTER")
			.param("actions[1].relatedActionId", sip.plan().actions().get(0).id().toString())
			.param("contacts[0].name", "Anna Berglund")
			.param("contacts[0].organisation", "Socialtjänsten")
			.param("contacts[0].phone", "018-611 00 00")
			.param("actions[2].responsibleUnitId", TestUnits.VARDCENTRALEN_LINDGARDEN.toString())
			.param("actions[2].description", "Läkarbesök")).andExpect(redirectedUrl("/sip/" + sip.id()));
		TestLogins.signIn(logins, "anna");
		PlanContent saved = sips.view(sip.id()).plan();
		assertThat(saved.actions()).hasSize(3);
		assertThat(saved.contacts()).singleElement().extracting(PlanContent.Contact::phone).isEqualTo("018-611 00 00");
	}

	@Autowired
	Meetings meetings;

	@Autowired
	TestClock testClock;

	@Test
	void theMeetingProtocolAsksThePlanTheSameWay() throws Exception {
		Sip sip = cases.withDraft();
		TestLogins.signIn(logins, "anna");
		Meeting meeting = meetings.call(sip.id(),
				new Meeting.Call("Planera stödet",
						MeetingTime.of(LocalDate.now(clock).plusDays(3).atTime(10, 0), 60, "Vårdcentralen", null), "",
						"Välkommen till mötet."),
				Set.of(TestUnits.VARDCENTRALEN_LINDGARDEN), Set.of());
		PlanContent.Action visits = sip.plan().actions().get(0);
		// the meeting has begun, so the protocol is checked as a whole
		testClock.advance(Duration.ofDays(3).plusHours(12));
		String page;
		try {
			page = page(cases.as("anna", post("/sip/" + sip.id() + "/moten/" + meeting.id() + "/protokoll"))
				.param("version", String.valueOf(meeting.version()))
				.param("needs", "Stöd i vardagen")
				.param("goals[0].individualsWords", " ")
				.param("goals[0].followedUpBy", "Vårdcentralen")
				.param("actions[0].id", visits.id().toString())
				.param("actions[0].description", visits.description())
				.param("actions[0].responsibleUnitId", visits.responsibleUnitId().toString())
				.param("actions[0].timing", "AFTER")
				.param("actions[0].relatedActionId", visits.id().toString()));
		}
		finally {
			testClock.reset();
		}
		assertThat(page).contains("id=\"goals0.individualsWords-error\">Skriv målet med personens egna ord.")
			.contains(
					"id=\"actions0.relatedActionId-error\">En insats kan inte ske samtidigt som eller efter sig själv.");
		TestLogins.signIn(logins, "anna");
		assertThat(sips.view(sip.id()).plan()).isEqualTo(sip.plan());
	}

}
