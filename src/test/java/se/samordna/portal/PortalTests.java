package se.samordna.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.access.internal.TestCitizens;
import se.samordna.directory.TestUnits;
import se.samordna.meetings.Meetings;
import se.samordna.people.Individual;
import se.samordna.sip.Assessment;
import se.samordna.sip.ConsentGiver;
import se.samordna.sip.ConsentMethod;
import se.samordna.sip.IndividualComment;
import se.samordna.sip.OwnPreparation;
import se.samordna.sip.Preparation;
import se.samordna.sip.Participant;
import se.samordna.sip.Sip;
import se.samordna.sip.SipStatus;
import se.samordna.sip.Sips;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestMeetings;
import se.samordna.testdata.TestSips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The individual's own pages over HTTP, signed in as the citizens' log-in signs them in
 * (the log-in form itself with a demo log-in): who sees what, and that nobody sees
 * another person's SIP.
 */
@IntegrationTest
class PortalTests {

	static final String ALEX_SECRET = "Jag är rädd för matteprovet men vill inte att mamma vet";

	@Autowired
	MockMvc mvc;

	@Autowired
	Sips sips;

	@Autowired
	se.samordna.sip.CitizenSips citizenSips;

	@Autowired
	Meetings meetings;

	@Autowired
	UserDetailsService logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	TestIndividuals individuals;

	@Autowired
	TestSips testSips;

	@Autowired
	TestMeetings testMeetings;

	/** 16, with Maria as his guardian. */
	Individual alex;

	Authentication alexSignedIn;

	Authentication mariaSignedIn;

	@BeforeEach
	void registerAlex() {
		alex = PortalFixtures.alex(individuals, logins);
		alexSignedIn = TestCitizens.of(alex);
		mariaSignedIn = TestCitizens.relationOf(alex, PortalFixtures.MARIA);
	}

	@AfterEach
	void signOut() {
		TestLogins.signOut();
		TestSecurityContextHolder.clearContext();
	}

	/**
	 * Logs in through the citizens' log-in form, as a browser would, with a demo log-in;
	 * the session cookie is the browser.
	 */
	Cookie formLogIn(String username) throws Exception {
		signOut();
		Cookie session = mvc.perform(formLogin("/mina-sidor/logga-in").user(username).password("demo"))
			.andExpect(redirectedUrl("/mina-sidor"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("session cookie of %s", username).isNotNull();
		return session;
	}

	/** The same citizen, for calls straight to the services in this thread. */
	static void actAs(Authentication citizen) {
		SecurityContextHolder.getContext().setAuthentication(citizen);
	}

	/** A request by a signed-in citizen, with nobody signed in in this thread. */
	static MockHttpServletRequestBuilder in(Authentication citizen, MockHttpServletRequestBuilder request) {
		SecurityContextHolder.clearContext();
		TestSecurityContextHolder.clearContext();
		return request.with(TestCitizens.citizen(citizen));
	}

	static MockHttpServletRequestBuilder in(Cookie session, MockHttpServletRequestBuilder request) {
		SecurityContextHolder.clearContext();
		TestSecurityContextHolder.clearContext();
		return request.cookie(session);
	}

	Sip alexsOwnSip() {
		return PortalFixtures.alexsOwnSip(alex, testSips, testMeetings, meetings, logins, clock);
	}

	@Test
	void mariaSeesAlexsPlanButNotHisOwnNotes() throws Exception {
		Sip sip = alexsOwnSip();
		Authentication alex = alexSignedIn;
		actAs(alex);
		sip = citizenSips.prepare(sip.id(), sip.version(),
				new OwnPreparation.Draft(ALEX_SECRET, "Får jag gå kortare dagar?", null, null, null,
						java.util.Set.of(Preparation.TakingPart.IN_PERSON), null, null));
		citizenSips.comment(sip.id(), PortalFixtures.FIRST_GOAL, "Jag vill börja med tre dagar.");
		String path = "/mina-sidor/sip/" + sip.id();

		Authentication maria = mariaSignedIn;
		mvc.perform(in(maria, get(path)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(PortalFixtures.FIRST_GOAL)))
			.andExpect(content().string(containsString("Du ser planen som vårdnadshavare")))
			.andExpect(content().string(not(containsString("Jag vill börja med tre dagar."))));
		mvc.perform(in(maria, get(path + "/mote")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Se hur det går i skolan")))
			.andExpect(content().string(not(containsString(ALEX_SECRET))));
		mvc.perform(in(maria, get(path + "/forbered"))).andExpect(status().isNotFound());
		actAs(maria);
		assertThat(citizenSips.read(sip.id()).notes()).isEmpty();
		assertThat(citizenSips.read(sip.id()).comments()).isEmpty();

		// Alex lets his guardians read his notes, then takes it back
		try {
			mvc.perform(in(alex, post(path + "/delning")).with(csrf()).param("share", "true"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(in(maria, get(path + "/mote"))).andExpect(content().string(containsString(ALEX_SECRET)));
		}
		finally {
			mvc.perform(in(alex, post(path + "/delning")).with(csrf())).andExpect(status().is3xxRedirection());
		}
		mvc.perform(in(maria, get(path + "/mote"))).andExpect(content().string(not(containsString(ALEX_SECRET))));

		// anna sees what Alex wrote in her preparation view, and his comment with the
		// plan
		TestLogins.signIn(logins, "anna");
		assertThat(sips.view(sip.id()).ownPreparations()).extracting(OwnPreparation::whatMatters)
			.containsExactly(ALEX_SECRET);
		assertThat(sips.overview(sip.id()).comments()).extracting(IndividualComment::goal)
			.containsExactly(PortalFixtures.FIRST_GOAL);
	}

	@Test
	void gudrunSeesGunnarsSipAndMayPrepareForHim() throws Exception {
		Individual gunnar = TestLogins.as(logins, "erik", () -> {
			Individual person = individuals.withGodMan(individuals.aged(48, "Gunnar", "Åberg"), "Gudrun Holm");
			Sip sip = sips.start(person.id(), new Assessment(Assessment.NoticedBy.REGIONAL_HALSO_OCH_SJUKVARD,
					Assessment.LegalTrack.LSVU, Assessment.SipLevel.SIP, "Utskrivning från medicinavdelning."));
			sip = sips.recordConsent(sip.id(), sip.version(), ConsentGiver.REPRESENTATIVE, List.of("Gudrun Holm"),
					ConsentMethod.WRITTEN, LocalDate.now(clock), TestSips.KOMMUN_AND_REGION, null, null);
			testMeetings.called(sip, Set.of(TestUnits.HEMSJUKVARDEN_UPPSALA),
					Set.of(TestIndividuals.invitee(person, "Gudrun Holm")));
			return person;
		});
		Authentication gudrun = TestCitizens.relationOf(gunnar, "Gudrun Holm");
		String home = mvc.perform(in(gudrun, get("/mina-sidor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gunnar Åberg")))
			.andExpect(content().string(containsString("företrädare")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String sipPath = home.replaceAll("(?s).*href=\"(/mina-sidor/sip/[0-9a-f-]{36})\".*", "$1");
		mvc.perform(in(gudrun, get(sipPath + "/mote")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gudrun Holm")));
		mvc.perform(in(gudrun, get(sipPath + "/forbered"))).andExpect(status().isOk());
		mvc.perform(in(gudrun, get(sipPath + "/samtycke")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("En företrädare gav samtycket.")));
		assertThat(jdbc.sql("""
				select count(*) from access_log where username = ? and citizen_standing = 'REPRESENTATIVE'
				and individual_id = ? and outcome = 'GRANTED'""")
			.params(gudrun.getName(), gunnar.id())
			.query(Long.class)
			.single()).as("every read by the god man is logged").isGreaterThanOrEqualTo(4);
	}

	@Test
	void aCitizenNeverSeesAnotherPersonsSip() throws Exception {
		Sip sip = alexsOwnSip();
		String path = "/mina-sidor/sip/" + sip.id();
		Authentication gunnar = TestCitizens
			.of(TestLogins.as(logins, "erik", () -> individuals.aged(48, "Gunnar", "Åberg")));
		long refusedBefore = refusals(gunnar.getName());

		List<MockHttpServletRequestBuilder> everyPortalUrl = List.of(get(path), get(path + "/mote"),
				get(path + "/forbered"), get(path + "/samtycke"), get(path + "/versioner/1"), get(path + "/plan/1.pdf"),
				post(path + "/sett").param("version", "1"),
				post(path + "/synpunkter").param("goal", PortalFixtures.FIRST_GOAL).param("text", "Hej"),
				post(path + "/forbered").param("version", String.valueOf(sip.version()))
					.param("whatMatters", "Intrång"),
				post(path + "/delning").param("share", "true"),
				post(path + "/samtycke/aterkalla").param("version", String.valueOf(sip.version()))
					.param("understood", "true"));
		for (MockHttpServletRequestBuilder request : everyPortalUrl) {
			mvc.perform(in(gunnar, request).with(csrf()))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("Alex"))));
		}

		assertThat(refusals(gunnar.getName()) - refusedBefore).as("every try is in the access log")
			.isEqualTo(everyPortalUrl.size());
		TestLogins.signIn(logins, "anna");
		Sip after = sips.view(sip.id());
		assertThat(after.version()).isEqualTo(sip.version());
		assertThat(after.status()).isEqualTo(SipStatus.PLAN_ACTIVE);
		assertThat(sips.overview(sip.id()).comments()).isEmpty();
		assertThat(gunnarsHomeListsNoAlex(gunnar)).isTrue();
	}

	boolean gunnarsHomeListsNoAlex(Authentication gunnar) throws Exception {
		return !mvc.perform(in(gunnar, get("/mina-sidor")))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.contains("Alex");
	}

	long refusals(String username) {
		return jdbc
			.sql("select count(*) from access_log where username = ? and outcome = 'REFUSED' and roles = 'CITIZEN'")
			.param(username)
			.query(Long.class)
			.single();
	}

	@Test
	void staffAndCitizensKeepToTheirOwnDoors() throws Exception {
		mvc.perform(get("/mina-sidor")).andExpect(redirectedUrl("/mina-sidor/logga-in"));
		mvc.perform(get("/mina-sidor/vad-ar-sip"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("socialtjänstlagen (10 kap. 8 §)")));
		// a staff name and password open no citizen session
		mvc.perform(formLogin("/mina-sidor/logga-in").user("anna").password("demo"))
			.andExpect(redirectedUrl("/mina-sidor/logga-in?error"));
		// the demo log-in form, with the demo log-in alex (the person is not needed to
		// log in)
		Cookie alex = formLogIn("alex");
		mvc.perform(in(alex, get("/sip"))).andExpect(status().isForbidden());
		mvc.perform(in(alex, get("/personer"))).andExpect(status().isForbidden());
		mvc.perform(in(alex, get("/"))).andExpect(redirectedUrl("/mina-sidor"));
	}

	@Test
	void alexPrintsHisOwnPlanWithoutHisAddressAndTheLogNamesTheVersion() throws Exception {
		Sip sip = alexsOwnSip();
		Authentication alex = alexSignedIn;
		var response = mvc.perform(in(alex, get("/mina-sidor/sip/" + sip.id() + "/plan/1.pdf?sprak=lattlast")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).doesNotContain("Alex").doesNotContain("Lindqvist");
		String text = se.samordna.documents.PdfFacts.text(response.getContentAsByteArray());
		assertThat(text).contains(PortalFixtures.FIRST_GOAL, "Alex Lindqvist", "Mina mål", "Vem gör vad")
			.doesNotContain(TestIndividuals.STREET);
		String row = jdbc.sql("""
				select citizen_standing || ' ' || record_type || ' ' || action || ' ' || record_version
				from access_log where username = ? and record_id = ? order by id desc limit 1""")
			.params(alex.getName(), sip.id().toString())
			.query(String.class)
			.single();
		assertThat(row).isEqualTo("SELF sip PRINT 1");
	}

	@Test
	void everyReadByACitizenIsLoggedWithWhoTheyAre() throws Exception {
		Sip sip = alexsOwnSip();
		Authentication alex = alexSignedIn;
		mvc.perform(in(alex, get("/mina-sidor/sip/" + sip.id()))).andExpect(status().isOk());
		String row = jdbc.sql("""
				select citizen_identity || ' ' || citizen_standing || ' ' || record_type || ' ' || action
				from access_log where username = ? and record_id = ? order by id desc limit 1""")
			.params(alex.getName(), sip.id().toString())
			.query(String.class)
			.single();
		assertThat(row).isEqualTo(this.alex.personnummer().digits() + " SELF sip READ");
	}

	@Test
	void aNewPlanVersionIsShownWithWhatChangedUntilAlexHasReadIt() throws Exception {
		Sip sip = alexsOwnSip();
		String path = "/mina-sidor/sip/" + sip.id();
		Authentication alex = alexSignedIn;
		mvc.perform(in(alex, post(path + "/sett")).with(csrf()).param("version", "1"));
		mvc.perform(in(alex, get(path))).andExpect(content().string(not(containsString("Planen har ändrats"))));

		TestLogins.signIn(logins, "anna");
		sip = sips.editPlan(sip.id(), sip.version(),
				PortalFixtures.plan(List.of(PortalFixtures.FIRST_GOAL, "Jag vill träffa kompisar")));
		sips.confirmPlan(sip.id(), sip.version(), PortalFixtures.ANNA, LocalDate.now(clock).plusMonths(3),
				sip.participants().stream().map(Participant::id).collect(Collectors.toSet()));

		String page = mvc.perform(in(alex, get(path)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Planen har ändrats")))
			.andExpect(content().string(containsString("Datumet för uppföljningen är ändrat.")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String newGoal = page.substring(page.indexOf("Jag vill träffa kompisar"));
		assertThat(newGoal.substring(0, newGoal.indexOf("</h3>"))).contains("class=\"mark\"").contains("Nytt");
		String oldGoal = page.substring(page.indexOf(PortalFixtures.FIRST_GOAL + "</span>"));
		assertThat(oldGoal.substring(0, oldGoal.indexOf("</h3>"))).doesNotContain("class=\"mark\"");

		mvc.perform(in(alex, post(path + "/sett")).with(csrf()).param("version", "2")).andExpect(redirectedUrl(path));
		mvc.perform(in(alex, get(path))).andExpect(content().string(not(containsString("Planen har ändrats"))));
		mvc.perform(in(alex, get(path + "/versioner/2")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jämfört med version 1")));
	}

	@Test
	void withdrawingAsksForUnderstandingThenClosesTheSipAndTellsEveryUnit() throws Exception {
		Sip sip = alexsOwnSip();
		String path = "/mina-sidor/sip/" + sip.id();
		Authentication alex = alexSignedIn;

		mvc.perform(in(alex, post(path + "/samtycke/aterkalla")).with(csrf())
			.param("version", String.valueOf(sip.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kryssa i rutan för att visa att du förstår")));
		actAs(alex);
		assertThat(citizenSips.read(sip.id()).sip().status()).isEqualTo(SipStatus.PLAN_ACTIVE);

		mvc.perform(in(alex, post(path + "/samtycke/aterkalla")).with(csrf())
			.param("version", String.valueOf(sip.version()))
			.param("understood", "true")).andExpect(redirectedUrl(path + "/samtycke"));

		actAs(alex);
		assertThat(citizenSips.read(sip.id()).sip().status()).isEqualTo(SipStatus.CLOSED);
		List<UUID> told = List.of(se.samordna.directory.TestUnits.SOCIALTJANST_BARN_UPPSALA, PortalFixtures.BUP,
				PortalFixtures.ELEVHALSA);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.sql(
					"select unit_id from inbox_message where sip_id = ? and kind = 'SIP_CLOSED' and detail = 'CONSENT_WITHDRAWN'")
				.param(sip.id())
				.query(UUID.class)
				.list()).containsExactlyInAnyOrderElementsOf(told));
		TestLogins.signIn(logins, "anna");
		assertThat(sips.timeline(sip.id()).get(sips.timeline(sip.id()).size() - 1).byCitizen())
			.isEqualTo(se.samordna.access.Standing.SELF);
	}

	@Test
	void theChosenLanguageIsRememberedAndArabicReadsRightToLeft() throws Exception {
		Authentication alex = alexSignedIn;
		var first = mvc.perform(in(alex, get("/mina-sidor")).param("lang", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"ar\" dir=\"rtl\"")))
			.andReturn();
		assertThat(first.getResponse().getCookie("samordna-mitt-sprak")).isNotNull();
		// a new device: no cookie, a fresh log-in; the choice follows the person
		mvc.perform(in(alex, get("/mina-sidor")))
			.andExpect(content().string(containsString("lang=\"ar\" dir=\"rtl\"")));
		mvc.perform(in(alex, get("/mina-sidor")).param("lang", "sv-lattlast"))
			.andExpect(content().string(containsString("lang=\"sv\" dir=\"ltr\"")));
		// the staff pages keep their own two languages
		mvc.perform(get("/login").param("lang", "ar")).andExpect(content().string(containsString("lang=\"sv\"")));
	}

	@Test
	void sannaWithProtectedIdentityUsesHerPagesAndHerAddressIsNowhere() throws Exception {
		Individual person = TestLogins.as(logins, "erik", () -> {
			Individual sanna = individuals.protectedPerson("Sanna", "Ek");
			testSips.start(sanna).consented().planConfirmed("erik");
			return sanna;
		});
		Authentication sanna = TestCitizens.of(person);
		String home = mvc.perform(in(sanna, get("/mina-sidor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String sipPath = home.replaceAll("(?s).*href=\"(/mina-sidor/sip/[0-9a-f-]{36})\".*", "$1");
		assertThat(sipPath).startsWith("/mina-sidor/sip/");
		for (String page : List.of("", "/mote", "/forbered", "/samtycke", "/versioner/1")) {
			mvc.perform(in(sanna, get(sipPath + page)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(TestIndividuals.PROTECTED_STREET))))
				.andExpect(content().string(not(containsString(TestIndividuals.PROTECTED_POSTAL_CODE))));
		}
		assertThat(jdbc.sql("""
				select bool_and(protected_person) from access_log where username = ? and roles = 'CITIZEN'""")
			.param(sanna.getName())
			.query(Boolean.class)
			.single()).as("her reads are marked for log review").isTrue();
	}

}
