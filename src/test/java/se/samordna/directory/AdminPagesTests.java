package se.samordna.directory;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.people.Individual;
import se.samordna.testdata.TestIndividuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	TestIndividuals individuals;

	MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(user(logins.loadUserByUsername("admin"))).with(csrf());
	}

	@Test
	void adminPagesAreForAdminsOnly() throws Exception {
		mvc.perform(get("/admin/enheter").with(user(logins.loadUserByUsername("erik"))))
			.andExpect(status().isForbidden());
		mvc.perform(asAdmin(get("/admin/enheter")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vårdcentralen Lindgården")));
	}

	@Test
	void aUnitWithABadHsaIdIsRefusedNextToTheFieldAndNotSaved() throws Exception {
		mvc.perform(asAdmin(post("/admin/enheter/ny")).param("organisationId", TestUnits.REGION_UPPSALA.toString())
			.param("name", "Mottagning utan giltigt HSA")
			.param("kind", "VARDCENTRAL")
			.param("hsaId", "HSA 12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"hsaId-error\">HSA-id ska se ut som")));
		assertThat(jdbc.sql("select count(*) from unit where name = 'Mottagning utan giltigt HSA'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aUnitFormWithNothingFilledExplainsEveryFieldAtOnceAndSavesNothing() throws Exception {
		long units = directory.units().size();
		String page = mvc.perform(asAdmin(post("/admin/enheter/ny")).param("name", "").param("kind", "LSS"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"name-error\">Fyll i fältet.")
			.contains("id=\"organisationId-error\">Välj ett alternativ.");
		assertThat(directory.units()).hasSize((int) units);
	}

	@Test
	void anAdministratorChangesAStaffMembersRoles() throws Exception {
		StaffAccount klas = TestLogins.as(logins, "admin", () -> directory.createStaff(new StaffDetails("klas.kurator",
				"Klas Kurator", "kurator", TestUnits.VUXENPSYKIATRI, null, Set.of(Role.STAFF), true)));
		mvc.perform(asAdmin(get("/admin/personal/{id}", klas.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Klas Kurator")));
		mvc.perform(asAdmin(post("/admin/personal/{id}", klas.id())).param("username", "klas.kurator")
			.param("displayName", "Klas Kurator")
			.param("unitId", TestUnits.VUXENPSYKIATRI.toString())
			.param("roles", "STAFF", "SIP_FACILITATOR")
			.param("active", "true")
			.param("version", String.valueOf(klas.version())))
			.andExpect(redirectedUrl("/admin/personal"))
			.andExpect(flash().attribute("saved", "Klas Kurator"));
		assertThat(logins.loadUserByUsername("klas.kurator").getAuthorities()).extracting(Object::toString)
			.contains("ROLE_SIP_FACILITATOR");
	}

	@Test
	void aNewUnitIsSavedAndListed() throws Exception {
		mvc.perform(asAdmin(post("/admin/enheter/ny")).param("organisationId", TestUnits.UPPSALA_KOMMUN.toString())
			.param("name", "Boendestöd Centrum")
			.param("kind", "ANNAN")
			.param("email", "boendestod@example.se")).andExpect(status().is3xxRedirection());
		mvc.perform(asAdmin(get("/admin/enheter"))).andExpect(content().string(containsString("Boendestöd Centrum")));
	}

	@Test
	void someoneModifiedTheUnitInTheMeantime() throws Exception {
		// a unit of this test's own: the demo directory's units are everyone's reference
		Unit unit = TestLogins.as(logins, "admin", () -> directory.createUnit(
				new UnitDetails(TestUnits.UPPSALA_KOMMUN, "Fritidsgården Samtidig", UnitKind.ANNAN, null, null, null)));
		var first = asAdmin(post("/admin/enheter/{id}", unit.id()))
			.param("organisationId", TestUnits.UPPSALA_KOMMUN.toString())
			.param("name", unit.name())
			.param("kind", "ANNAN")
			.param("phone", "08-465 004 77")
			.param("version", String.valueOf(unit.version()));
		mvc.perform(first).andExpect(status().is3xxRedirection());

		var stale = asAdmin(post("/admin/enheter/{id}", unit.id()))
			.param("organisationId", TestUnits.UPPSALA_KOMMUN.toString())
			.param("name", unit.name() + " (gammal)")
			.param("kind", "ANNAN")
			.param("version", String.valueOf(unit.version()));
		mvc.perform(stale)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Någon annan har ändrat uppgifterna medan du skrev")));
		assertThat(directory.unit(unit.id()).orElseThrow().name()).isEqualTo(unit.name());
		assertThat(directory.unit(unit.id()).orElseThrow().phone()).isEqualTo("08-465 004 77");
	}

	@Test
	void theCsvImportPageNamesTheBadLineAndImportsNothing() throws Exception {
		String csv = "organisationsnummer,enhetsnamn,enhetstyp,hsa_id,telefon,epost\n"
				+ "212000-3005,Fritidsgården Import,ANNAN,,,\n" + "212000-3005,Trasig rad,OKAND,,,\n";
		mvc.perform(multipart("/admin/enheter/import")
			.file(new MockMultipartFile("file", "enheter.csv", "text/csv",
					csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.with(user(logins.loadUserByUsername("admin")))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rad 3:")))
			.andExpect(content().string(containsString("Enhetstypen OKAND finns inte")));
		assertThat(jdbc.sql("select count(*) from unit where name = 'Fritidsgården Import'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aStaffAccountNeedsAFreeUserNameAndARole() throws Exception {
		mvc.perform(asAdmin(post("/admin/personal/ny")).param("username", "anna")
			.param("displayName", "Anna Två")
			.param("unitId", TestUnits.SOCIALTJANST_BARN_UPPSALA.toString())
			.param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Välj minst en roll.")));
		mvc.perform(asAdmin(post("/admin/personal/ny")).param("username", "anna")
			.param("displayName", "Anna Två")
			.param("unitId", TestUnits.SOCIALTJANST_BARN_UPPSALA.toString())
			.param("roles", "STAFF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Användarnamnet är redan taget.")));
		mvc.perform(asAdmin(post("/admin/personal/ny")).param("username", "klara")
			.param("displayName", "Klara Kurator")
			.param("unitId", TestUnits.SOCIALTJANST_BARN_UPPSALA.toString())
			.param("roles", "STAFF")
			.param("active", "true")).andExpect(status().is3xxRedirection());
		// the role chosen, and the mark every staff log-in carries (which no citizen's
		// has)
		assertThat(logins.loadUserByUsername("klara").getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("SAMORDNA_STAFF", "ROLE_STAFF");
	}

	@Test
	void anOrganisationWithABadOrganisationsnummerIsRefusedNextToTheField() throws Exception {
		mvc.perform(asAdmin(post("/admin/organisationer/ny")).param("name", "Arbetsförmedlingen")
			.param("kind", "ARBETSFORMEDLINGEN")
			.param("organisationsnummer", "202100-2115"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"organisationsnummer-error\">Organisationsnumret stämmer inte.")));
		mvc.perform(asAdmin(post("/admin/organisationer/ny")).param("name", "Region Uppsala igen")
			.param("kind", "REGION")
			.param("organisationsnummer", "232100-0024"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Det finns redan en organisation med det organisationsnumret.")));
		mvc.perform(asAdmin(post("/admin/organisationer/ny")).param("name", "Arbetsförmedlingen")
			.param("kind", "ARBETSFORMEDLINGEN")
			.param("organisationsnummer", "202100-2114")).andExpect(status().is3xxRedirection());
		// another actor may come without one
		mvc.perform(asAdmin(post("/admin/organisationer/ny")).param("name", "Tallbackaskolan")
			.param("kind", "SKOLA")
			.param("organisationsnummer", "")).andExpect(status().is3xxRedirection());
		mvc.perform(asAdmin(get("/admin/organisationer")))
			.andExpect(content().string(containsString("Tallbackaskolan")));
		mvc.perform(asAdmin(get("/admin/organisationer"))).andExpect(content().string(containsString("202100-2114")));
	}

	@Test
	void logReviewFindsReadsOfAPersonAndFlagsProtectedOnes() throws Exception {
		Individual sanna = TestLogins.as(logins, "erik", () -> individuals.protectedPerson("Sanna", "Ek"));
		mvc.perform(get("/personer/{id}", sanna.id()).with(user(logins.loadUserByUsername("erik"))));
		mvc.perform(asAdmin(post("/admin/loggkontroll")).param("personnummer", sanna.personnummer().formatted())
			.param("onlyProtected", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("erik")))
			.andExpect(content().string(containsString("Skyddade personuppgifter")));
		mvc.perform(asAdmin(post("/admin/loggkontroll")).param("personnummer", "1986"))
			.andExpect(content().string(containsString("id=\"personnummer-error\"")));
	}

}
