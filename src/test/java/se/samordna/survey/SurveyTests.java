package se.samordna.survey;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import se.samordna.IntegrationTest;
import se.samordna.TestClock;
import se.samordna.TestLogins;
import se.samordna.access.internal.TestCitizens;
import se.samordna.directory.TestUnits;
import se.samordna.meetings.InviteeKind;
import se.samordna.meetings.MeetingEvents.MeetingHeld;
import se.samordna.meetings.MeetingKind;
import se.samordna.people.Individual;
import se.samordna.survey.internal.SurveyStore;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestSips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The survey over HTTP: offers after a held meeting to staff, the individual and their
 * representative; one-time codes; the import of paper answers with hand-computed shares
 * in the statistics file; and the proof that an answer cannot be tied to anyone.
 */
@IntegrationTest
class SurveyTests {

	static final UUID ENKOPING = UUID.fromString("10000000-0000-0000-0000-000000000003");

	static final UUID BISTAND_ENKOPING = TestUnits.BISTANDSENHETEN_ENKOPING;

	static final UUID BUP = UUID.fromString("20000000-0000-0000-0000-000000000002");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	SurveyStore store;

	@Autowired
	TestClock clock;

	@Autowired
	TestIndividuals individuals;

	@Autowired
	TestSips sips;

	@AfterEach
	void signOut() {
		TestLogins.signOut();
		TestSecurityContextHolder.clearContext();
	}

	<B extends AbstractMockHttpServletRequestBuilder<B>> B as(String username, B request) {
		return request.with(user(logins.loadUserByUsername(username)));
	}

	// --- import and the statistics file
	// ---------------------------------------------------------

	/**
	 * Twelve professional answers after first meetings, ten after follow-ups, three
	 * companions: all in 2031-03.
	 */
	static String handCountedFile() {
		var file = new StringBuilder("response_id,role,meeting_type,employer,month,statement,answer\n");
		// prepared (first): 6 helt, 3 delvis, 2 inte, 1 vet_inte; about_needs (first): 7
		// helt, 5 delvis
		String[] prepared = { "helt", "helt", "helt", "helt", "helt", "helt", "delvis", "delvis", "delvis", "inte",
				"inte", "vet_inte" };
		for (int i = 0; i < 12; i++) {
			file.append("p%d,professional,first,kommun,2031-03,prepared,%s\n".formatted(i, prepared[i]));
			file.append(
					"p%d,professional,first,kommun,2031-03,about_needs,%s\n".formatted(i, i < 7 ? "helt" : "delvis"));
		}
		// about_needs (follow-up): 2 helt, 4 delvis, 3 inte, 1 vet_inte; planned_done by
		// nine of them, all helt
		String[] needs = { "helt", "helt", "delvis", "delvis", "delvis", "delvis", "inte", "inte", "inte", "vet_inte" };
		for (int i = 0; i < 10; i++) {
			file.append("f%d,professional,follow_up,region,2031-03,about_needs,%s\n".formatted(i, needs[i]));
			if (i < 9) {
				file.append("f%d,professional,follow_up,region,2031-03,planned_done,helt\n".formatted(i));
			}
		}
		for (int i = 0; i < 3; i++) {
			file.append("c%d,companion,first,,2031-03,about_needs,delvis\n".formatted(i));
		}
		return file.toString();
	}

	String importFile(String username, String csv, UUID organisation, UUID unit) throws Exception {
		return mvc
			.perform(as(username, multipart("/enkater/import")
				.file(new MockMultipartFile("file", "svar.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.param("organisation", organisation.toString())
				.param("unit", unit.toString())
				.with(csrf())))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	String surveyCsv(String username, String query) throws Exception {
		return mvc.perform(as(username, get("/statistik/enkat.csv" + query)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void importedAnswersGiveTheHandComputedSharesPerMeetingTypeAndMerged() throws Exception {
		importFile("lars", handCountedFile(), ENKOPING, BISTAND_ENKOPING);
		String csv = surveyCsv("lars",
				"?fran=2031-03&till=2031-03&huvudman=" + ENKOPING + "&enhet=" + BISTAND_ENKOPING);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("role,statement,meeting_type,n,helt,delvis,inte,vet_inte");
		assertThat(lines).contains(
				// 6/12, 3/12, 2/12, 1/12 in whole percent
				"professional,prepared,first,12,50,25,17,8", "professional,prepared,all,12,50,25,17,8",
				// 7/12, 5/12
				"professional,about_needs,first,12,58,42,0,0",
				// 2/10, 4/10, 3/10, 1/10: exactly at the threshold, so shown
				"professional,about_needs,follow_up,10,20,40,30,10",
				// merged: 9/22, 9/22, 3/22, 1/22
				"professional,about_needs,all,22,41,41,14,5",
				// nine answers: below the threshold, the shares are not shown
				"professional,planned_done,follow_up,9,,,,", "professional,planned_done,all,9,,,,",
				// three answers: the count itself is shown as 1–4
				"companion,about_needs,first,1–4,,,,",
				// a statement nobody answered
				"professional,knew_purpose,first,0,,,,");
		// the page shows the same figures
		String page = mvc
			.perform(as("lars",
					get("/statistik?fran=2031-03&till=2031-03&huvudman=" + ENKOPING + "&enhet=" + BISTAND_ENKOPING)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Stämmer helt", "41 %", "1–4");
	}

	@Test
	void aFileWithWrongLinesSavesNothingAndNamesEachLine() throws Exception {
		String csv = """
				response_id,role,meeting_type,employer,month,statement,answer
				x1,professional,first,kommun,2031-04,prepared,helt
				x2,nurse,first,kommun,2031-04,prepared,helt
				x3,individual,follow_up,,2031-04,plan_received,helt
				x4,individual,first,kommun,2031-04,prepared,helt
				x5,professional,first,region,april,prepared,helt
				x1,professional,first,kommun,2031-04,prepared,delvis
				""";
		String page = importFile("lars", csv, ENKOPING, BISTAND_ENKOPING);
		assertThat(page)
			.contains("Ingenting är sparat", "Rad 3: okänd roll", "Rad 4: svaret", "Rad 5: arbetsgivaren",
					"Rad 6: månaden", "Rad 7: påståendet")
			.doesNotContain("Rad 2:");
		assertThat(
				jdbc.sql("select count(*) from survey_response where imported_id like 'x%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void theSameFileIsNotImportedTwiceAndOnlyStatisticsUsersImport() throws Exception {
		String csv = "response_id,role,meeting_type,employer,month,statement,answer\n"
				+ "twice-1,individual,first,,2031-05,listened_to,helt\n";
		assertThat(importFile("lars", csv, ENKOPING, BISTAND_ENKOPING)).doesNotContain("Ingenting är sparat");
		assertThat(importFile("lars", csv, ENKOPING, BISTAND_ENKOPING)).contains("Rad 2: svaret",
				"är redan importerat");
		mvc.perform(as("erik", get("/enkater/import"))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from survey_response where imported_id = 'twice-1'")
			.query(Long.class)
			.single()).isOne();
	}

	// --- who sees which figures
	// -----------------------------------------------------------------

	@Test
	void aUnitsStaffSeeOnlyTheirOwnUnit() throws Exception {
		String csv = "response_id,role,meeting_type,employer,month,statement,answer\n"
				+ "own-1,professional,first,region,2031-06,prepared,helt\n";
		importFile("lars", csv, ENKOPING, BISTAND_ENKOPING);
		// olle works at the unit: he sees its answer; erik's unit has none
		assertThat(surveyCsv("olle", "?fran=2031-06&till=2031-06")).contains("professional,prepared,first,1–4,,,,");
		assertThat(surveyCsv("erik", "?fran=2031-06&till=2031-06")).contains("professional,prepared,first,0,,,,");
		assertThat(mvc.perform(as("erik", get("/statistik")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Enheten Vårdcentralen Lindgården").doesNotContain("Hela länet:");
		// any other scope is not there for him
		mvc.perform(as("erik", get("/statistik?enhet=" + BISTAND_ENKOPING))).andExpect(status().isNotFound());
		mvc.perform(as("erik", get("/statistik?huvudman=" + ENKOPING))).andExpect(status().isNotFound());
		mvc.perform(as("erik", get("/statistik/enkat.csv?enhet=" + BISTAND_ENKOPING))).andExpect(status().isNotFound());
		// the statistics user sees the county, and any principal or unit in it
		assertThat(surveyCsv("lars", "?fran=2031-06&till=2031-06")).contains("professional,prepared,first,1–4,,,,");
		assertThat(mvc.perform(as("lars", get("/statistik"))).andReturn().getResponse().getContentAsString())
			.contains("Hela länet: alla huvudmän och enheter.");
	}

	// --- offers after a held meeting
	// ------------------------------------------------------------

	/**
	 * A meeting held by the vårdcentral with BUP, the individual and a guardian, as the
	 * meetings module tells it.
	 */
	MeetingHeld held(UUID sipId) {
		MeetingHeld event = new MeetingHeld(UUID.randomUUID(), sipId, MeetingKind.FOLLOW_UP,
				TestUnits.VARDCENTRALEN_LINDGARDEN, 4, 4, 0, Set.of(), Set.of(BUP),
				Map.of(InviteeKind.INDIVIDUAL, 1, InviteeKind.GUARDIAN, 1), clock.instant());
		transaction.executeWithoutResult(status -> events.publishEvent(event));
		return event;
	}

	List<SurveyStore.Offer> offersTo(UUID unit) {
		return store.offersToUnit(unit, clock.instant());
	}

	Set<UUID> ids(UUID unit) {
		return offersTo(unit).stream().map(SurveyStore.Offer::id).collect(Collectors.toSet());
	}

	UUID newOne(UUID unit, Set<UUID> before) {
		return ids(unit).stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
	}

	@Test
	void staffAnswerOnceFromTheirInboxAndNeverAnotherUnitsOffer() throws Exception {
		// other tests hold meetings too: the offers of this meeting are the new ones
		Set<UUID> before = ids(TestUnits.VARDCENTRALEN_LINDGARDEN);
		Set<UUID> bupBefore = ids(BUP);
		held(UUID.randomUUID());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> ids(TestUnits.VARDCENTRALEN_LINDGARDEN).size() > before.size()
					&& ids(BUP).size() > bupBefore.size());
		UUID erikOffer = newOne(TestUnits.VARDCENTRALEN_LINDGARDEN, before);
		UUID bupOffer = newOne(BUP, bupBefore);
		assertThat(mvc.perform(as("erik", get("/inkorg"))).andReturn().getResponse().getContentAsString())
			.contains("Enkäter att svara på", "/enkater/" + erikOffer);
		mvc.perform(as("erik", get("/enkater/" + bupOffer))).andExpect(status().isNotFound());
		// a missing answer is told next to its statement; nothing is saved
		String page = mvc
			.perform(as("erik", post("/enkater/" + erikOffer).param("answers[planned_done]", "helt").with(csrf())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("statement-goals_met-error", "Välj ett svar");
		assertThat(offersTo(TestUnits.VARDCENTRALEN_LINDGARDEN)).extracting(SurveyStore.Offer::id).contains(erikOffer);
		var answer = as("erik", post("/enkater/" + erikOffer)).with(csrf()).param("employer", "region");
		for (String statement : List.of("planned_done", "goals_met", "about_needs", "listened_to", "got_answers",
				"meant_coordination", "clear_continue_or_close")) {
			answer.param("answers[" + statement + "]", "helt");
		}
		mvc.perform(answer).andExpect(redirectedUrl("/enkater"));
		// one answer per offer
		mvc.perform(as("erik", get("/enkater/" + erikOffer))).andExpect(status().isNotFound());
		mvc.perform(answer).andExpect(status().isNotFound());
	}

	@Test
	void noAnswerCanBeTiedToAPerson() throws Exception {
		// the answer table holds only what the survey may keep, and no table points to it
		// but its own answers
		assertThat(jdbc.sql("""
				select column_name from information_schema.columns where table_name = 'survey_response'""")
			.query(String.class)
			.set()).containsExactlyInAnyOrder("id", "questionnaire_version", "role", "meeting_type", "organisation_id",
					"unit_id", "month", "age_band", "gender", "home_municipality", "employer", "source", "imported_id");
		assertThat(jdbc.sql("""
				select column_name from information_schema.columns where table_name = 'survey_answer'""")
			.query(String.class)
			.set()).containsExactlyInAnyOrder("response_id", "statement", "answer");
		assertThat(jdbc.sql("""
				select tc.table_name || '->' || ccu.table_name
				from information_schema.table_constraints tc
				join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
				where tc.constraint_type = 'FOREIGN KEY'
				  and (tc.table_name in ('survey_response', 'survey_answer') or ccu.table_name = 'survey_response')""")
			.query(String.class)
			.set()).containsExactlyInAnyOrder("survey_response->organisation", "survey_response->unit",
					"survey_answer->survey_response");
		// answering deletes the offer, and nothing that named the SIP or the unit that
		// answered is left with the answer
		UUID sipId = UUID.randomUUID();
		Set<UUID> bupBefore = ids(BUP);
		held(sipId);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> ids(BUP).size() > bupBefore.size()
					&& jdbc.sql("select count(*) from survey_offer where sip_id = ?")
						.param(sipId)
						.query(Long.class)
						.single() == 2);
		long responses = jdbc.sql("select count(*) from survey_response").query(Long.class).single();
		UUID offer = newOne(BUP, bupBefore);
		var answer = as("bodil", post("/enkater/" + offer)).with(csrf());
		for (String statement : List.of("planned_done", "goals_met", "about_needs", "listened_to", "got_answers",
				"meant_coordination", "clear_continue_or_close")) {
			answer.param("answers[" + statement + "]", "delvis");
		}
		mvc.perform(answer).andExpect(redirectedUrl("/enkater"));
		assertThat(jdbc.sql("select count(*) from survey_offer where id = ?").param(offer).query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from survey_response").query(Long.class).single())
			.isEqualTo(responses + 1);
		// the new answer is filed under the meeting's unit (the vårdcentral that held
		// it), not under bodil's BUP
		assertThat(jdbc.sql("""
				select count(*) from survey_response r where r.unit_id = ? and r.role = 'PROFESSIONAL'
				and exists (select 1 from survey_answer a where a.response_id = r.id and a.answer = 'delvis'
				            and a.statement = 'meant_coordination')""").param(BUP).query(Long.class).single()).isZero();
		// answering reads no personal data, so it leaves nothing in the access log that
		// could be matched
		assertThat(
				jdbc.sql("select count(*) from access_log where record_type like 'survey%'").query(Long.class).single())
			.isZero();
	}

	// --- the individual and their representative, and the one-time code
	// -------------------------

	static MockHttpServletRequestBuilder in(Authentication citizen, MockHttpServletRequestBuilder request) {
		SecurityContextHolder.clearContext();
		TestSecurityContextHolder.clearContext();
		return request.with(TestCitizens.citizen(citizen));
	}

	@Test
	void theIndividualAndTheGuardianAnswerOnTheirOwnPagesAndNobodyElseSeesTheOffer() throws Exception {
		TestLogins.signIn(logins, "anna");
		Individual person = individuals.child(16, "Alex", "Lindqvist", "Maria Lindqvist");
		UUID alexSip = sips.start(person).consented().id();
		Individual stranger = individuals.aged(48, "Gunnar", "Åberg");
		TestLogins.signOut();
		held(alexSip);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from survey_offer where sip_id = ? and role = 'INDIVIDUAL'")
				.param(alexSip)
				.query(Long.class)
				.single() > 0);
		UUID alexOffer = jdbc.sql("select id from survey_offer where sip_id = ? and role = 'INDIVIDUAL' limit 1")
			.param(alexSip)
			.query(UUID.class)
			.single();
		Authentication alex = TestCitizens.of(person);
		assertThat(mvc.perform(in(alex, get("/mina-sidor"))).andReturn().getResponse().getContentAsString())
			.contains("Berätta hur mötet gick", "/mina-sidor/enkater/" + alexOffer);
		assertThat(mvc.perform(in(alex, get("/mina-sidor/enkater/" + alexOffer).param("lang", "sv-lattlast")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("plan_received");
		// the guardian answers as a representative, not as Alex
		Authentication maria = TestCitizens.relationOf(person, "Maria Lindqvist");
		mvc.perform(in(maria, get("/mina-sidor/enkater/" + alexOffer))).andExpect(status().isNotFound());
		assertThat(mvc.perform(in(maria, get("/mina-sidor"))).andReturn().getResponse().getContentAsString())
			.contains("Berätta hur mötet gick");
		Authentication gunnar = TestCitizens.of(stranger);
		mvc.perform(in(gunnar, get("/mina-sidor/enkater/" + alexOffer))).andExpect(status().isNotFound());
		var answer = in(alex, post("/mina-sidor/enkater/" + alexOffer)).with(csrf()).param("ageBand", "child");
		for (String statement : List.of("plan_received", "planned_done", "goals_met", "about_needs", "listened_to",
				"got_answers")) {
			answer.param("answers[" + statement + "]", statement.equals("plan_received") ? "vid_motet" : "helt");
		}
		mvc.perform(answer).andExpect(redirectedUrl("/mina-sidor"));
		mvc.perform(in(alex, get("/mina-sidor/enkater/" + alexOffer))).andExpect(status().isNotFound());
	}

	@Test
	void aOneTimeCodeGivesOneAnswerWithoutLoggingIn() throws Exception {
		String code = "TEST-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		store.code(Surveys.hash(code), new SurveyStore.Context(SurveyRole.COMPANION, MeetingType.FIRST, ENKOPING,
				BISTAND_ENKOPING, LocalDate.now(clock), Instant.now(clock).plus(Duration.ofDays(30))));
		// a browser without a log-in: its session cookie carries the checked code, never
		// the address
		Cookie session = mvc.perform(post("/mina-sidor/enkat").param("kod", code.toLowerCase()).with(csrf()))
			.andExpect(redirectedUrl("/mina-sidor/enkat/svar"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(mvc.perform(get("/mina-sidor/enkat/svar").cookie(session).param("valt", "1"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Välj hur du var med på mötet");
		mvc.perform(get("/mina-sidor/enkat/svar").cookie(session).param("roll", "companion"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("min närstående behöver")));
		var answer = post("/mina-sidor/enkat/svar").cookie(session).param("roll", "companion").with(csrf());
		for (String statement : List.of("about_needs", "got_answers", "clear_decisions", "know_who_does_what")) {
			answer.param("answers[" + statement + "]", "delvis");
		}
		mvc.perform(answer).andExpect(redirectedUrl("/mina-sidor/enkat/tack"));
		// the code is used up
		assertThat(mvc.perform(post("/mina-sidor/enkat").param("kod", code).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Koden fungerar inte");
	}

}
