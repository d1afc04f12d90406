package se.samordna.directory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.IntegrationTest;
import se.samordna.platform.FieldRefusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A unit's phone number is printed on every kallelse: it is a phone number or nothing.
 */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class UnitPhoneNumbersTests {

	static final String HEADER = "organisationsnummer;enhetsnamn;enhetstyp;hsa_id;telefon;epost\n";

	@Autowired
	UnitImport unitImport;

	@Autowired
	Directory directory;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService logins;

	@Autowired
	JdbcClient jdbc;

	long unitsNamed(String name) {
		return jdbc.sql("select count(*) from unit where name = ?").param(name).query(Long.class).single();
	}

	@Test
	void anImportedLineWithMarkupForAPhoneNumberImportsNothingAndIsNamed() {
		String csv = HEADER + "212000-3005;Telefontest Norr;LSS;;018-611 00 00;\n"
				+ "212000-3005;Telefontest Syd;LSS;;abc<script>;\n";

		assertThatThrownBy(() -> unitImport.importUnits(csv)).isInstanceOf(UnitImport.Rejected.class)
			.extracting(e -> ((UnitImport.Rejected) e).errors(), list(UnitImport.LineError.class))
			.containsExactly(new UnitImport.LineError(3, "directory.import.phone", "abc<script>"));
		assertThat(unitsNamed("Telefontest Norr") + unitsNamed("Telefontest Syd")).isZero();
	}

	@Test
	void aUnitIsNeverCreatedWithSomethingElseForAPhoneNumber() {
		assertThatThrownBy(() -> Unit.create(new UnitDetails(TestUnits.REGION_UPPSALA, "Telefontest direkt",
				UnitKind.ANNAN, null, "abc<script>", null)))
			.isInstanceOf(FieldRefusal.class)
			.hasFieldOrPropertyWithValue("field", "phone");
	}

	@Test
	void theUnitFormRefusesWhatOnlyLooksLikeAPhoneNumberNextToTheField() throws Exception {
		mvc.perform(post("/admin/enheter/ny").with(user(logins.loadUserByUsername("admin")))
			.with(csrf())
			.param("organisationId", TestUnits.REGION_UPPSALA.toString())
			.param("name", "Telefontest formulär")
			.param("kind", "ANNAN")
			.param("phone", "+-+-+-"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"phone-error\">Skriv telefonnumret med siffror")));
		assertThat(unitsNamed("Telefontest formulär")).isZero();
	}

}
