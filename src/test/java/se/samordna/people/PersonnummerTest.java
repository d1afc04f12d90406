package se.samordna.people;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonnummerTest {

	@ParameterizedTest
	@ValueSource(strings = { "201001202397", "20100120-2397", "1001202397", "100120-2397", " 20100120-2397 " })
	void acceptsTheSameNumberWrittenInTheUsualWays(String input) {
		assertThat(Personnummer.of(input).digits()).isEqualTo("201001202397");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "201001202398", "20101320-2397", "abc", "", "11111111111", "19811218-987", "2010012023970" })
	void refusesNumbersThatAreNotValid(String input) {
		assertThat(Personnummer.isValid(input)).isFalse();
		assertThatThrownBy(() -> Personnummer.of(input)).isInstanceOf(Personnummer.InvalidPersonnummer.class);
	}

	@Test
	void samordningsnummerHasSixtyAddedToTheDay() {
		Personnummer number = Personnummer.of("197010632391");
		assertThat(number.isSamordningsnummer()).isTrue();
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1970, 10, 3));
		assertThat(Personnummer.of("201001202397").isSamordningsnummer()).isFalse();
	}

	@Test
	void ageIsCountedFromTheBirthDateOnTheGivenDay() {
		Personnummer alex = Personnummer.of(TestPeople.ALEX.personnummer());
		assertThat(alex.ageOn(LocalDate.of(2026, 1, 19))).isEqualTo(15);
		assertThat(alex.ageOn(LocalDate.of(2026, 1, 20))).isEqualTo(16);
	}

	@Test
	void printingANumberNeverRevealsTheLastFourDigits() {
		Personnummer alex = Personnummer.of(TestPeople.ALEX.personnummer());
		assertThat(alex.toString()).isEqualTo("20100120-****").doesNotContain("2397");
		assertThat(alex.formatted()).isEqualTo("20100120-2397");
	}

}
