package se.samordna.sip;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samordna.TestLogins;
import se.samordna.people.Individual;
import se.samordna.statistics.Measures;
import se.samordna.statistics.Scope;
import se.samordna.statistics.internal.MeasureQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person has one open SIP: starting a second shows the open one and asks first, a
 * second started by mistake is closed as a duplicate, and a duplicate is not counted as
 * started. The close and follow-up forms list exactly the reasons the SIP offers, and a
 * crafted request for another is refused.
 */
class SecondSipAndDuplicatesTests extends SipCaseTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeasureQueries measures;

	MockHttpServletRequestBuilder startFor(Individual person) {
		return cases.as("anna", post("/sip/ny"))
			.param("individ", person.id().toString())
			.param("noticedBy", "SOCIALTJANST")
			.param("track", "SOL_HSL")
			.param("level", "SIP")
			.param("reason", "Behöver stöd från flera håll.");
	}

	long openSipsOf(Individual person) {
		TestLogins.signIn(logins, "anna");
		return sips.openSipsOf(person.id()).size();
	}

	@Test
	void startingASecondSipShowsTheOpenOneAndAsksFirst() throws Exception {
		Individual person = cases.person();
		assertThat(page(cases.as("anna", get("/sip/ny")).param("individ", person.id().toString())))
			.doesNotContain("Personen har redan en öppen SIP");
		Sip first = cases.assessed(person);

		assertThat(page(cases.as("anna", get("/sip/ny")).param("individ", person.id().toString())))
			.contains("Personen har redan en öppen SIP")
			.contains("href=\"/sip/" + first.id() + "\"")
			.contains("Starta en ny SIP ändå");
		assertThat(page(startFor(person))).contains("id=\"startAnyway-error\">Personen har redan en öppen SIP.");
		assertThat(openSipsOf(person)).isEqualTo(1);

		mvc.perform(startFor(person).param("startAnyway", "true")).andExpect(status().is3xxRedirection());
		assertThat(openSipsOf(person)).isEqualTo(2);
	}

	@Test
	void aSecondSipIsClosedAsADuplicateAndCountsNowhere() throws Exception {
		Individual person = cases.person();
		Sip first = cases.assessed(person);
		TestLogins.signIn(logins, "anna");
		Sip second = sips.start(person.id(), SipCases.ASSESSMENT, true);

		assertThat(page(cases.as("anna", get("/sip/" + second.id() + "/avsluta"))))
			.contains("<option value=\"DUPLICATE\">Dubblett");
		mvc.perform(cases.as("anna", post("/sip/" + second.id() + "/avsluta"))
			.param("version", String.valueOf(second.version()))
			.param("reason", "DUPLICATE")).andExpect(status().is3xxRedirection());

		TestLogins.signIn(logins, "anna");
		assertThat(sips.view(second.id()).closingReason()).contains(ClosingReason.DUPLICATE);
		// the first is alone again: no longer a duplicate of anything
		assertThat(sips.closingReasons(sips.view(first.id()))).doesNotContain(ClosingReason.DUPLICATE);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> "DUPLICATE".equals(jdbc.sql("select closing_reason from stat_sip where sip_id = ?")
				.param(second.id())
				.query(String.class)
				.optional()
				.orElse(null)));
	}

	@Test
	void aSipClosedAsADuplicateIsNotCountedAsStarted() {
		// a unit of its own, so that no other SIP is counted
		UUID organisation = UUID.randomUUID();
		UUID unit = UUID.randomUUID();
		Instant now = Instant.now(clock);
		for (String reason : new String[] { null, "DUPLICATE", "NEED_MET" }) {
			jdbc.sql("""
					insert into stat_sip (sip_id, unit_id, organisation_id, noticed_by, track, level, age_band,
					                      started_at, closed_at, closing_reason)
					values (?, ?, ?, 'SOCIALTJANST', 'SOL_HSL', 'SIP', 'ADULT', ?, ?, ?)""")
				.params(UUID.randomUUID(), unit, organisation, Timestamp.from(now),
						reason == null ? null : Timestamp.from(now), reason)
				.update();
		}
		YearMonth month = YearMonth.now(clock);
		Measures.Result whole = measures.results(Scope.unit(organisation, unit), month, month)
			.stream()
			.filter(result -> result.month() == null)
			.findFirst()
			.orElseThrow();
		assertThat(whole.started()).isEqualTo(2);
		assertThat(whole.closed()).isEqualTo(1);
		assertThat(whole.activeAtEnd()).isEqualTo(1);
	}

	@Test
	void theCloseFormListsTheReasonsTheSipOffersAndRefusesOthers() throws Exception {
		Sip sip = cases.consented();
		String close = "/sip/" + sip.id() + "/avsluta";
		assertThat(page(cases.as("anna", get(close)))).contains("value=\"NEED_MET\"")
			.doesNotContain("value=\"DUPLICATE\"", "value=\"CONSENT_WITHDRAWN\"", "value=\"CONSENT_DECLINED\"");

		assertThat(page(cases.as("anna", post(close))
			.param("version", String.valueOf(sip.version()))
			.param("reason", "DUPLICATE"))).contains("id=\"reason-error\">Personen har ingen annan öppen SIP");
		assertThat(page(cases.as("anna", post(close))
			.param("version", String.valueOf(sip.version()))
			.param("reason", "CONSENT_WITHDRAWN"))).contains("id=\"reason-error\">Ett återkallat samtycke registreras");
		assertThat(page(cases.as("anna", post(close))
			.param("version", String.valueOf(sip.version()))
			.param("reason", "CONSENT_DECLINED"))).contains("id=\"reason-error\">Samtycke är redan givet.");
		TestLogins.signIn(logins, "anna");
		assertThat(sips.view(sip.id()).status().isOpen()).isTrue();
	}

	@Test
	void beforeConsentTheCloseFormOffersThatThePersonSaidNo() throws Exception {
		Sip sip = cases.assessed();
		assertThat(page(cases.as("anna", get("/sip/" + sip.id() + "/avsluta")))).contains("value=\"CONSENT_DECLINED\"")
			.doesNotContain("value=\"CONSENT_WITHDRAWN\"");
	}

	@Test
	void aFollowUpClosesOnlyWithAReasonTheSipOffers() throws Exception {
		Sip sip = cases.confirmed();
		String followUp = "/sip/" + sip.id() + "/uppfoljning";
		assertThat(page(cases.as("erik", get(followUp)))).doesNotContain("value=\"DUPLICATE\"");
		assertThat(page(cases.as("erik", post(followUp))
			.param("version", String.valueOf(sip.version()))
			.param("goalOutcomes[0]", "MET")
			.param("actionOutcomes[0]", "DONE")
			.param("actionOutcomes[1]", "DONE")
			.param("decision", "CLOSE")
			.param("closingReason", "DUPLICATE")))
			.contains("id=\"closingReason-error\">Personen har ingen annan öppen SIP");
		TestLogins.signIn(logins, "erik");
		assertThat(sips.view(sip.id()).status()).isEqualTo(SipStatus.PLAN_ACTIVE);
	}

}
