package se.samordna.directory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import se.samordna.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

@IntegrationTest
@WithMockUser(roles = "ADMIN")
class UnitImportTests {

	static final String HEADER = "organisationsnummer;enhetsnamn;enhetstyp;hsa_id;telefon;epost\n";

	@Autowired
	UnitImport unitImport;

	@Autowired
	Directory directory;

	@Test
	void oneBadRowImportsNothingAndNamesItsLine() {
		String csv = HEADER + "212000-3005;Importerad hemtjänst Norr;HEMSJUKVARD;SE2120003005-IMP001;;\n" + "\n"
				+ "212000-3005;Importerad LSS Syd;LSS_FEL;SE2120003005-IMP002;;\n"
				+ "232100-0024;Importerad vårdcentral;VARDCENTRAL;;;\n";

		assertThatThrownBy(() -> unitImport.importUnits(csv)).isInstanceOf(UnitImport.Rejected.class)
			.extracting(e -> ((UnitImport.Rejected) e).errors(), list(UnitImport.LineError.class))
			.containsExactly(new UnitImport.LineError(4, "directory.import.kind", "LSS_FEL"));

		assertThat(directory.units()).extracting(Unit::name)
			.doesNotContain("Importerad hemtjänst Norr", "Importerad vårdcentral");
	}

	@Test
	void everyWrongLineIsNamed() {
		String csv = HEADER + "999999-9999;Okänd huvudman;LSS;;;\n" + "212000-3005;;LSS;;;\n"
				+ "212000-3005;Fel HSA;LSS;HSA-1;;\n" + "212000-3005;Fel e-post;LSS;;;inte-en-adress\n"
				+ "212000-3005;För få kolumner\n";

		assertThatThrownBy(() -> unitImport.importUnits(csv)).isInstanceOf(UnitImport.Rejected.class)
			.extracting(e -> ((UnitImport.Rejected) e).errors(), list(UnitImport.LineError.class))
			.extracting(UnitImport.LineError::line, UnitImport.LineError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "directory.import.organisation"),
					org.assertj.core.groups.Tuple.tuple(3L, "directory.import.name"),
					org.assertj.core.groups.Tuple.tuple(4L, "directory.import.hsaId"),
					org.assertj.core.groups.Tuple.tuple(5L, "directory.import.email"),
					org.assertj.core.groups.Tuple.tuple(6L, "directory.import.columns"));
	}

	@Test
	void aWrongHeaderIsRefused() {
		assertThatThrownBy(() -> unitImport.importUnits("namn,typ\nX,LSS\n")).isInstanceOf(UnitImport.Rejected.class)
			.extracting(e -> ((UnitImport.Rejected) e).errors().get(0).messageKey())
			.isEqualTo("directory.import.header");
	}

	@Test
	void aGoodFileCreatesNewUnitsAndUpdatesByHsaId() {
		String first = HEADER.replace(';', ',')
				+ "2120003005,Dagverksamhet Ekbacken,ANNAN,SE2120003005-IMP100,08-465 004 50,dag@example.se\n";
		assertThat(unitImport.importUnits(first)).isEqualTo(new UnitImport.Result(1, 0));

		String second = HEADER + "212000-3005;Dagverksamhet Ekbacken och Lunden;ANNAN;SE2120003005-IMP100;;\n"
				+ "212000-0308;Mobilt team Enköping;HEMSJUKVARD;;;\n";
		assertThat(unitImport.importUnits(second)).isEqualTo(new UnitImport.Result(1, 1));

		Unit updated = directory.unitByHsaId("SE2120003005-IMP100").orElseThrow();
		assertThat(updated.name()).isEqualTo("Dagverksamhet Ekbacken och Lunden");
		assertThat(updated.organisationId()).isEqualTo(TestUnits.UPPSALA_KOMMUN);
	}

}
