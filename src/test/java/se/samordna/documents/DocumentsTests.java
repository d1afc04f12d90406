package se.samordna.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.directory.TestStaff;
import se.samordna.directory.TestUnits;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingTime;
import se.samordna.meetings.Meetings;
import se.samordna.people.Individual;
import se.samordna.sip.PlanContent;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestSips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan and the kallelse on paper, over HTTP as staff download them: what the PDF
 * says, that it is PDF/UA and PDF/A, that a protected address never appears, that an
 * outsider gets nothing, and that every print and export is in the access log with its
 * version.
 */
@IntegrationTest
class DocumentsTests {

	/** The plan of Alex's SIP (version 1), as {@link #alexsSip} confirms it. */
	static final String[] ALEX_PLAN = { "Jag vill gå i skolan varje dag", "Tre dagar i veckan före jullovet",
			"Jag vill kunna sova på nätterna", "Samtalsbehandling varannan vecka",
			"Anpassad studiegång och trygg person på skolan", "Familjestöd i hemmet", "Komma tillbaka till skolan",
			"Hjälp med oro och sömn", "Anna Berglund" };

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Meetings meetings;

	@Autowired
	Clock clock;

	@Autowired
	TestIndividuals individuals;

	@Autowired
	TestSips sips;

	@AfterEach
	void signOut() {
		TestLogins.signOut();
	}

	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(logins.loadUserByUsername(username)));
	}

	/**
	 * Alex, 16, with a plan in force: BUP, elevhälsan and the vårdcentral take part, anna
	 * coordinates, and a follow-up meeting is called with a video link.
	 */
	UUID alexsSip() {
		return TestLogins.as(logins, "anna", () -> {
			Individual alex = individuals.aged(16, "Alex", "Lindqvist");
			LocalDate start = LocalDate.now(clock);
			var plan = new PlanContent(List.of("Komma tillbaka till skolan", "Hjälp med oro och sömn"),
					List.of(new PlanContent.Goal("Jag vill gå i skolan varje dag", PlanContent.Goal.Term.LONG,
							List.of("Tre dagar i veckan före jullovet"), "Elevhälsan"),
							new PlanContent.Goal("Jag vill kunna sova på nätterna", PlanContent.Goal.Term.SHORT,
									List.of(), "BUP")),
					List.of(action("Samtalsbehandling varannan vecka", TestUnits.BUP, start),
							action("Anpassad studiegång och trygg person på skolan", TestUnits.ELEVHALSAN, start),
							action("Familjestöd i hemmet", TestUnits.SOCIALTJANST_BARN_UPPSALA, start)),
					List.of(new PlanContent.Contact("Anna Berglund", "Socialtjänst barn och unga", "08-465 004 08")));
			UUID sip = sips.start(alex)
				.consented()
				.withUnits(TestUnits.BUP, TestUnits.ELEVHALSAN, TestUnits.VARDCENTRALEN_LINDGARDEN)
				.planConfirmed(TestStaff.ANNA, plan, start.plusMonths(1))
				.id();
			meetings.call(sip, new Meeting.Call("Följa upp planen: hur går det i skolan och med sömnen?",
					MeetingTime.of(start.plusDays(20).atTime(15, 30), 60, "Familjecentralen Gottsunda",
							"https://video.example.se/sip-alex"),
					"", "Hej Alex! Nu ska vi se hur det har gått."), Set.of(TestUnits.BUP, TestUnits.ELEVHALSAN),
					Set.of(Meetings.INDIVIDUAL));
			return sip;
		});
	}

	static PlanContent.Action action(String description, UUID unit, LocalDate start) {
		return new PlanContent.Action(UUID.randomUUID(), description, unit, start, null,
				PlanContent.Action.Timing.INDEPENDENT, null);
	}

	UUID calledMeeting(UUID sip) {
		return jdbc.sql("select id from meeting where sip_id = ? and status = 'CALLED'")
			.param(sip)
			.query(UUID.class)
			.single();
	}

	MockHttpServletResponse download(String username, String path, Object... variables) throws Exception {
		return mvc.perform(as(username, get(path, variables))).andExpect(status().isOk()).andReturn().getResponse();
	}

	/**
	 * Kept under target/ for a person to look at; the assertions below are what counts.
	 */
	static byte[] keep(String name, byte[] bytes) throws IOException {
		Path dir = Path.of("target", "documents");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name), bytes);
		return bytes;
	}

	@Test
	void thePlanPdfHoldsEveryRequiredPartAndTheDemoPlan() throws Exception {
		UUID sip = alexsSip();
		MockHttpServletResponse response = download("anna", "/sip/{id}/plan/1.pdf", sip);

		assertThat(response.getContentType()).isEqualTo("application/pdf");
		String disposition = response.getHeader("Content-Disposition");
		assertThat(disposition).contains("sip-plan-version-1-sv.pdf")
			.doesNotContain("Alex")
			.doesNotContain("Lindqvist")
			.doesNotContain("2397");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		String text = PdfFacts.text(keep("plan-sv.pdf", response.getContentAsByteArray()));

		assertThat(text).contains("Min samordnade individuella plan", "Version 1, fastställd", "av Anna Berglund",
				"Om mig", "Alex Lindqvist", TestIndividuals.STREET, "Mina mål", "Följs upp av: Elevhälsan",
				"Det här behöver jag hjälp med", "Vem gör vad", "Kommunen gör", "Regionen gör", "Andra gör",
				"Min samordnare", "Nästa uppföljning", "Vi som planerade tillsammans", "Kontaktpersoner",
				"08-465 004 08", "Sida 1 av");
		assertThat(text).contains(ALEX_PLAN);
		assertThat(text).as("å, ä and ö survive extraction").contains("gå", "nätterna", "sömn", "Familjestöd");
	}

	@Test
	void thePlanComesInLattlastAndEnglishWithTheSamePlan() throws Exception {
		UUID sip = alexsSip();
		String swedish = PdfFacts.text(download("anna", "/sip/{id}/plan/1.pdf", sip).getContentAsByteArray());
		byte[] easy = keep("plan-lattlast.pdf",
				download("anna", "/sip/{id}/plan/1.pdf?sprak=lattlast", sip).getContentAsByteArray());
		byte[] english = keep("plan-en.pdf",
				download("anna", "/sip/{id}/plan/1.pdf?sprak=en", sip).getContentAsByteArray());

		String easyText = PdfFacts.text(easy);
		assertThat(easyText).contains("Mina mål", "Vem gör vad", "Min samordnare", "Nästa uppföljning")
			.contains(ALEX_PLAN)
			.isNotEqualTo(swedish);
		assertThat(PdfFacts.declarations(easy).language()).isEqualTo("sv");

		String englishText = PdfFacts.text(english);
		assertThat(englishText).contains("Page 1 of").contains(ALEX_PLAN).doesNotContain("Vem gör vad");
		assertThat(PdfFacts.declarations(english).language()).isEqualTo("en");
		assertThat(PdfFacts.declarations(english).title()).startsWith("Coordinated individual plan");
	}

	@Test
	void thePdfsAreTaggedForScreenReadersAndFitForTheArchive() throws Exception {
		UUID sip = alexsSip();
		byte[] plan = download("anna", "/sip/{id}/plan/1.pdf", sip).getContentAsByteArray();
		byte[] form = download("anna", "/blanketter/planeringsunderlag.pdf").getContentAsByteArray();

		for (byte[] pdf : new byte[][] { plan, form }) {
			PdfFacts.Declarations declared = PdfFacts.declarations(pdf);
			assertThat(declared.language()).isEqualTo("sv");
			assertThat(declared.title()).startsWith("Samordnad individuell plan");
			assertThat(declared.tagged()).as("marked and with a structure tree").isTrue();
			assertThat(declared.allFontsEmbedded()).isTrue();
			assertThat(declared.xmp()).contains("pdfuaid:part").contains("pdfaid:part").contains("pdfaid:conformance");
			assertThat(PdfFacts.violations(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
			assertThat(PdfFacts.violations(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
		}
	}

	@Test
	void aProtectedPersonsAddressIsNeverPrintedAndThePaperSaysHandleByHand() throws Exception {
		UUID sip = TestLogins.as(logins, "erik",
				() -> sips.start(individuals.protectedPerson("Sanna", "Ek")).consented().planConfirmed("erik").id());
		String plan = PdfFacts
			.text(keep("plan-protected.pdf", download("erik", "/sip/{id}/plan/1.pdf", sip).getContentAsByteArray()));
		assertThat(plan).contains("Sanna Ek", "Skyddade personuppgifter", "manuellt")
			.doesNotContain(TestIndividuals.PROTECTED_STREET)
			.doesNotContain(TestIndividuals.PROTECTED_POSTAL_CODE);
		assertThat(mvc.perform(as("erik", get("/sip/{id}", sip))).andReturn().getResponse().getContentAsString())
			.as("the case page warns where the print links are")
			.contains("Skyddade personuppgifter: skriv ut och hantera dokumenten manuellt");

		TestLogins.signIn(logins, "erik");
		Meeting meeting = meetings.call(sip,
				new Meeting.Call("Följa upp planen",
						MeetingTime.of(LocalDateTime.now(clock).plusDays(20).withHour(10).withMinute(0), 60,
								"Vårdcentralen Lindgården", null),
						"", "Välkommen, Sanna."),
				Set.of(), Set.of(Meetings.INDIVIDUAL));
		TestLogins.signOut();
		UUID toSanna = meeting.invitations().get(0).invitationId();
		String letter = PdfFacts.text(keep("invitation-protected.pdf",
				download("erik", "/sip/{id}/moten/{m}/kallelse.pdf?till={to}", sip, meeting.id(), toSanna)
					.getContentAsByteArray()));
		assertThat(letter).contains("Sanna Ek", "Skyddade personuppgifter", "Vårdcentralen Lindgården")
			.doesNotContain(TestIndividuals.PROTECTED_STREET)
			.doesNotContain(TestIndividuals.PROTECTED_POSTAL_CODE);
	}

	@Test
	void theInvitationSaysWhyWhenWhereWhoWhatToBringAndWhatSipIs() throws Exception {
		UUID sip = alexsSip();
		UUID meeting = calledMeeting(sip);
		TestLogins.signIn(logins, "anna");
		UUID toAlex = meetings.meeting(sip, meeting)
			.invitations()
			.stream()
			.filter(invitation -> invitation.invitee().kind() == se.samordna.meetings.InviteeKind.INDIVIDUAL)
			.findFirst()
			.orElseThrow()
			.invitationId();
		TestLogins.signOut();

		long printed = kallelsePrints(meeting);
		MockHttpServletResponse response = download("anna", "/sip/{id}/moten/{m}/kallelse.pdf?till={to}", sip, meeting,
				toAlex);
		assertThat(kallelsePrints(meeting)).isEqualTo(printed + 1);
		assertThat(response.getHeader("Content-Disposition")).doesNotContain("Alex").doesNotContain("Lindqvist");
		String text = PdfFacts.text(keep("invitation-sv.pdf", response.getContentAsByteArray()));
		assertThat(text).contains(TestIndividuals.STREET, TestIndividuals.POSTAL_CODE + " Uppsala",
				"Välkommen till ett SIP-möte", "Alex Lindqvist", "När och var", "Familjecentralen Gottsunda",
				"https://video.example.se/sip-alex", "Varför vi ses", "Hej Alex!", "Vilka som är inbjudna", "BUP",
				"Elevhälsan", "Det här kan du ta med", "Svara eller fråga", "Anna Berglund", "Vad är SIP?");
	}

	@Test
	void anOutsiderGetsNotFoundAndNoPdfAndTheRefusalIsLogged() throws Exception {
		UUID sip = alexsSip();
		UUID meeting = calledMeeting(sip);
		long refusedBefore = refused("olle", sip, meeting);

		for (String path : new String[] { "/sip/{id}/plan/1.pdf", "/sip/{id}/plan/1.pdf?sprak=en",
				"/sip/{id}/plan/1/export.zip" }) {
			MockHttpServletResponse response = mvc.perform(as("olle", get(path, sip)))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse();
			assertThat(response.getContentType()).doesNotContain("pdf").doesNotContain("zip");
			assertThat(response.getContentAsString()).doesNotContain("Alex").doesNotContain("%PDF");
		}
		MockHttpServletResponse letter = mvc.perform(as("olle", get("/sip/{id}/moten/{m}/kallelse.pdf", sip, meeting)))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse();
		assertThat(letter.getContentAsString()).doesNotContain("%PDF");

		assertThat(refused("olle", sip, meeting)).isEqualTo(refusedBefore + 4);
		mvc.perform(get("/sip/{id}/plan/1.pdf", sip)).andExpect(status().is3xxRedirection());
	}

	@Test
	void everyPrintAndExportIsLoggedWithTheVersionItPrinted() throws Exception {
		UUID sip = alexsSip();
		long printed = logged("anna", "PRINT", sip, 1);
		long exported = logged("anna", "EXPORT", sip, 1);

		download("anna", "/sip/{id}/plan/1.pdf?sprak=lattlast", sip);
		download("anna", "/sip/{id}/plan/1/export.zip", sip);

		assertThat(logged("anna", "PRINT", sip, 1)).isEqualTo(printed + 1);
		assertThat(logged("anna", "EXPORT", sip, 1)).isEqualTo(exported + 1);
		mvc.perform(as("anna", get("/sip/{id}/plan/7.pdf", sip))).andExpect(status().isNotFound());
	}

	@Test
	void theExportHoldsThePlanAsPdfAndAsJsonThatFollowsTheDocumentedSchema() throws Exception {
		UUID sip = alexsSip();
		MockHttpServletResponse response = download("anna", "/sip/{id}/plan/1/export.zip", sip);
		assertThat(response.getContentType()).isEqualTo("application/zip");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment")
			.contains("sip-plan-version-1-export.zip");

		Map<String, byte[]> files = unzip(response.getContentAsByteArray());
		assertThat(files).containsOnlyKeys("sip-plan-version-1.pdf", "sip-plan-version-1.json");
		assertThat(PdfFacts.text(files.get("sip-plan-version-1.pdf"))).contains(ALEX_PLAN);

		String json = new String(files.get("sip-plan-version-1.json"), java.nio.charset.StandardCharsets.UTF_8);
		keep("export.json", files.get("sip-plan-version-1.json"));
		Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(Files.readString(Path.of("docs", "plan-export.schema.json")), InputFormat.JSON);
		assertThat(schema.validate(json, InputFormat.JSON)).as("schema violations").isEmpty();

		var export = new tools.jackson.databind.json.JsonMapper().readTree(json);
		assertThat(export.get("exportedFor").get("unit").asString()).isEqualTo("Socialtjänst barn och unga, Uppsala");
		assertThat(export.get("plan").get("version").asInt()).isEqualTo(1);
		assertThat(export.get("person").get("personalIdentity").asString()).isEqualTo(jdbc.sql(
				"select i.personal_identity from sip s join individual i on i.id = s.individual_id" + " where s.id = ?")
			.param(sip)
			.query(String.class)
			.single());
		assertThat(json).doesNotContain(TestIndividuals.STREET);
		var actions = export.get("actions");
		assertThat(actions).hasSize(3);
		for (var action : actions) {
			boolean ours = action.get("description").asString().equals("Familjestöd i hemmet");
			assertThat(action.get("forThisUnit").asBoolean()).as(action.get("description").asString()).isEqualTo(ours);
		}
		assertThat(export.get("goals").get(0).get("text").asString()).isEqualTo("Jag vill gå i skolan varje dag");
	}

	@Test
	void anyStaffUserAndTheAdminPrintTheBlankFormsWithNoPersonalData() throws Exception {
		for (String username : new String[] { "frida", "admin", "erik" }) {
			assertThat(mvc.perform(as(username, get("/"))).andReturn().getResponse().getContentAsString())
				.as("the menu leads to the blank forms")
				.contains("href=\"/blanketter\"");
			mvc.perform(as(username, get("/blanketter"))).andExpect(status().isOk());
			String invitation = PdfFacts.text(keep("blank-invitation.pdf",
					download(username, "/blanketter/kallelse.pdf").getContentAsByteArray()));
			assertThat(invitation).contains("Välkommen till ett SIP-möte", "När och var", "Varför vi ses",
					"Vilka som är inbjudna", "Det här kan du ta med", "Vad är SIP?");
			String plan = PdfFacts.text(keep("blank-plan.pdf",
					download(username, "/blanketter/planeringsunderlag.pdf").getContentAsByteArray()));
			assertThat(plan).contains("Om mig", "Mina mål", "Det här behöver jag hjälp med", "Vem gör vad",
					"Min samordnare", "Nästa uppföljning", "Vi som planerade tillsammans", "Kontaktpersoner");
		}
		String english = PdfFacts
			.text(download("frida", "/blanketter/planeringsunderlag.pdf?sprak=en").getContentAsByteArray());
		assertThat(english).contains("Page 1 of").doesNotContain("Vem gör vad");
		mvc.perform(as("frida", get("/blanketter/kallelse.pdf?sprak=klingon"))).andExpect(status().isNotFound());
		mvc.perform(get("/blanketter/kallelse.pdf")).andExpect(status().is3xxRedirection());
	}

	/**
	 * Prints of a kallelse by anna, each naming the kallelse's edition (its calendar
	 * sequence).
	 */
	long kallelsePrints(UUID meeting) {
		return jdbc.sql("""
				select count(*) from access_log where username = 'anna' and action = 'PRINT' and record_type = 'meeting'
				and record_id = ? and record_version is not null and outcome = 'GRANTED'""")
			.param(meeting.toString())
			.query(Long.class)
			.single();
	}

	long refused(String username, UUID sip, UUID meeting) {
		return jdbc.sql("""
				select count(*) from access_log where username = ? and outcome = 'REFUSED' and record_id in (?, ?)""")
			.params(username, sip.toString(), meeting.toString())
			.query(Long.class)
			.single();
	}

	long logged(String username, String action, UUID sip, int version) {
		return jdbc.sql("""
				select count(*) from access_log where username = ? and action = ? and record_type = 'sip'
				and record_id = ? and record_version = ? and outcome = 'GRANTED'""")
			.params(username, action, sip.toString(), version)
			.query(Long.class)
			.single();
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

}
