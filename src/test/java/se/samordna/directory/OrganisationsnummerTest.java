package se.samordna.directory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationsnummerTest {

	@ParameterizedTest
	@ValueSource(strings = { "212000-3005", "2120003005", "232100-0024" })
	void acceptsValidNumbersWithOrWithoutHyphen(String input) {
		assertThat(Organisationsnummer.isValid(input)).isTrue();
		assertThat(Organisationsnummer.of(input).formatted()).matches("\\d{6}-\\d{4}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "212000-3006", "123", "2120003005x", "191212121212" })
	void refusesWrongCheckDigitOrLength(String input) {
		assertThat(Organisationsnummer.isValid(input)).isFalse();
	}

	@org.junit.jupiter.api.Test
	void refusesAPersonnummerEvenWithAValidCheckDigit() {
		// 811218-9876 passes Luhn, but an organisationsnummer's third digit is at least 2
		assertThat(FormatChecks.passesLuhn("8112189876")).isTrue();
		assertThat(Organisationsnummer.isValid("811218-9876")).isFalse();
	}

}
