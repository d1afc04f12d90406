package se.samordna.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.directory.TestUnits;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingTime;
import se.samordna.meetings.Meetings;
import se.samordna.people.Personnummer;
import se.samordna.sip.Assessment;
import se.samordna.sip.ConsentGiver;
import se.samordna.sip.ConsentMethod;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;
import se.samordna.testdata.TestPersonnummer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Operational logs carry ids only (docs/logging.md). With every logger an operator might
 * turn up set to DEBUG — the application's, the web layer's, security's, the SQL it runs,
 * the outbox's — a person is registered and read, a SIP is started and read, a meeting is
 * called with a kallelse to the person and the kallelse printed, and an outsider is
 * refused: the person's personnummer, name and address never reach the log, while their
 * id and the flows themselves do.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OperationalLogsTests {

	/**
	 * The loggers turned up for the test, and put back afterwards. MockMvc's dispatcher
	 * logs the requests as the real one does.
	 */
	static final List<String> LOGGERS = List.of("se.samordna", "org.springframework.web",
			"org.springframework.test.web.servlet", "org.springframework.security", "org.springframework.jdbc.core",
			"org.springframework.modulith", "org.springframework.transaction", "org.springframework.data.jdbc");

	static final String GIVEN_NAME = "Loggunn";

	static final String FAMILY_NAME = "Spårlösdotter";

	static final String STREET = "Hemligavägen 17";

	static final String POSTAL_CODE = "752 37";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	@Autowired
	Sips sips;

	@Autowired
	Meetings meetings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoggingSystem logging;

	@Autowired
	Clock clock;

	Map<String, LogLevel> before = new java.util.HashMap<>();

	@BeforeEach
	void everythingAtDebug() {
		for (String logger : LOGGERS) {
			var configuration = logging.getLoggerConfiguration(logger);
			before.put(logger, configuration == null ? null : configuration.getConfiguredLevel());
			logging.setLogLevel(logger, LogLevel.DEBUG);
		}
	}

	@AfterEach
	void levelsAsConfigured() {
		before.forEach(logging::setLogLevel);
		TestLogins.signOut();
	}

	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(logins.loadUserByUsername(username)));
	}

	@Test
	void flowsThroughPersonalDataLogIdsAndNeverThePerson(CapturedOutput output) throws Exception {
		Personnummer personnummer = TestPersonnummer.adult(LocalDate.now(clock));

		// registering and reading the person, and an outsider refused
		mvc.perform(as("anna", post("/personer/ny")).with(csrf())
			.param("personnummer", personnummer.formatted())
			.param("givenName", GIVEN_NAME)
			.param("familyName", FAMILY_NAME)
			.param("phone", "070-174 06 77")
			.param("email", "loggunn@example.se")
			.param("street", STREET)
			.param("postalCode", POSTAL_CODE)
			.param("city", "Uppsala")
			.param("reason", "Ny kontakt via skolan")).andExpect(status().is3xxRedirection());
		UUID individualId = jdbc.sql("select id from individual where personal_identity = ?")
			.param(personnummer.digits())
			.query(UUID.class)
			.single();
		mvc.perform(as("anna", get("/personer/{id}", individualId))).andExpect(status().isOk());
		mvc.perform(as("anna", post("/personer/sok")).with(csrf()).param("personnummer", personnummer.formatted()))
			.andExpect(status().isOk());
		mvc.perform(as("olle", get("/personer/{id}", individualId))).andExpect(status().isNotFound());

		// a SIP for them, read on its case page
		TestLogins.signIn(logins, "anna");
		Sip sip = sips.start(individualId, new Assessment(Assessment.NoticedBy.SKOLA, Assessment.LegalTrack.SOL_HSL,
				Assessment.SipLevel.SIP, "Skolfrånvaro."));
		sip = sips.recordConsent(sip.id(), sip.version(), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.ORAL,
				LocalDate.now(clock), Set.of(TestUnits.UPPSALA_KOMMUN, TestUnits.REGION_UPPSALA), null, null);

		// a meeting with a kallelse to the person, and the kallelse printed
		Meeting meeting = meetings.call(sip.id(),
				new Meeting.Call("Planera tillsammans",
						MeetingTime.of(LocalDate.now(clock).plusDays(14).atTime(LocalTime.of(9, 0)), 60,
								"Familjecentralen", null),
						"", "Välkommen till mötet."),
				Set.of(TestUnits.VARDCENTRALEN_LINDGARDEN), Set.of(Meetings.INDIVIDUAL));
		TestLogins.signOut();
		mvc.perform(as("anna", get("/sip/{id}", sip.id()))).andExpect(status().isOk());
		mvc.perform(as("anna", get("/sip/{id}/moten/{meetingId}", sip.id(), meeting.id()))).andExpect(status().isOk());
		mvc.perform(as("anna", get("/sip/{id}/moten/{meetingId}/kallelse.pdf", sip.id(), meeting.id())))
			.andExpect(status().isOk());

		String log = output.getAll();
		assertThat(log).as("the flows were logged")
			.contains("POST \"/personer/ny\"", "GET \"/sip/" + sip.id() + "\"", "kallelse.pdf")
			.contains(individualId.toString());
		assertThat(log).as("the person never is")
			.doesNotContain(personnummer.digits(), personnummer.formatted(), personnummer.digits().substring(2),
					personnummer.formatted().substring(2), GIVEN_NAME, FAMILY_NAME, STREET, "Hemligavägen", POSTAL_CODE,
					"070-174 06 77", "loggunn@example.se");
	}

}
