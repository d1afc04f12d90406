package se.samordna.sip;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import se.samordna.TestLogins;
import se.samordna.directory.TestUnits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A confirmed version is what gets printed and exported, so a SIP without one offers no
 * print; the one confirming says who planned together, and only they are named; a
 * guardian is named as a guardian.
 */
class ConfirmedVersionsTests extends SipCaseTests {

	String page(String username, String path) throws Exception {
		return mvc.perform(cases.as(username, get(path)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aSipWithoutAConfirmedVersionOffersNothingToPrintOrExport() throws Exception {
		Sip sip = cases.withDraft();
		assertThat(page("anna", "/sip/" + sip.id())).doesNotContain("/plan/0.pdf", "export.zip", "Skriv ut");
		Sip confirmed = cases.confirmed();
		assertThat(page("anna", "/sip/" + confirmed.id())).contains("/sip/" + confirmed.id() + "/plan/1.pdf",
				"/sip/" + confirmed.id() + "/plan/1/export.zip");
	}

	@Test
	void theVersionNamesOnlyThoseTheConfirmPageSaysTookPart() throws Exception {
		Sip sip = cases.withDraft();
		String confirm = "/sip/" + sip.id() + "/faststall";
		String form = page("anna", confirm);
		assertThat(form).contains("Vi som planerade tillsammans");
		for (Participant participant : sip.participants()) {
			assertThat(form).containsPattern(
					"value=\"" + participant.id() + "\" id=\"tookPart\\d+\" name=\"tookPart\" checked=\"checked\"");
		}

		UUID vardcentral = sip.participants()
			.stream()
			.filter(p -> TestUnits.VARDCENTRALEN_LINDGARDEN.equals(p.unitId()))
			.findFirst()
			.orElseThrow()
			.id();
		mvc.perform(cases.as("anna", post(confirm))
			.param("version", String.valueOf(sip.version()))
			.param("coordinator", SipCases.TestStaff.ERIK.toString())
			.param("followUp", LocalDate.now(clock).plusMonths(2).toString())
			.param("tookPart", vardcentral.toString())).andExpect(status().is3xxRedirection());

		TestLogins.signIn(logins, "anna");
		assertThat(sips.versions(sip.id())).singleElement()
			.satisfies(version -> assertThat(version.participants()).extracting(Participant::id)
				.containsExactly(vardcentral));
	}

	@Test
	void aGuardianIsNamedAsAGuardianOnTheCaseInTheVersionAndInTheExport() throws Exception {
		Sip sip = cases.withDraft();
		mvc.perform(cases.as("anna", post("/sip/" + sip.id() + "/deltagare/person"))
			.param("version", String.valueOf(sip.version()))
			.param("kind", "GUARDIAN")
			.param("name", "Maria Fjällström")
			.param("role", "")).andExpect(status().is3xxRedirection());
		assertThat(page("anna", "/sip/" + sip.id())).contains("Maria Fjällström (Vårdnadshavare)");

		TestLogins.signIn(logins, "anna");
		Sip withGuardian = sips.view(sip.id());
		sips.confirmPlan(sip.id(), withGuardian.version(), SipCases.TestStaff.ERIK, LocalDate.now(clock).plusMonths(2),
				withGuardian.participants().stream().map(Participant::id).collect(java.util.stream.Collectors.toSet()));
		assertThat(page("anna", "/sip/" + sip.id() + "/versioner/1")).contains("Maria Fjällström (Vårdnadshavare)");

		byte[] zip = mvc.perform(cases.as("anna", get("/sip/" + sip.id() + "/plan/1/export.zip")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(exportedJson(zip)).containsPattern(
				"\"name\" : \"Maria Fjällström\",\\s*\"organisation\" : null," + "\\s*\"kind\" : \"guardian\"");
	}

	static String exportedJson(byte[] zip) throws Exception {
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().endsWith(".json")) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no JSON in the export");
	}

}
