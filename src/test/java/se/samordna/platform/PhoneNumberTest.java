package se.samordna.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

	@ParameterizedTest
	@ValueSource(strings = { "070-123 45 67", "0701234567", "+46 70 123 45 67", "+46 (0)18-611 00 00",
			"(018) 611 00 00", "08-123 456 78", "1177", " 018-611 00 00 " })
	void numbersAsPeopleWriteThemAreAccepted(String written) {
		assertThat(PhoneNumber.isValid(written)).isTrue();
		assertThat(PhoneNumber.of(written).text()).isEqualTo(written.strip());
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc<script>", "070-123 45 67<script>alert(1)</script>", "ring mig", "070--123", "-070",
			"070-", "+", "()", "12", "1234567890123456", "070 123 45 67 ext 12", "070/123 45 67", "" })
	void anythingElseIsRefused(String written) {
		assertThat(PhoneNumber.isValid(written)).isFalse();
		assertThatThrownBy(() -> PhoneNumber.of(written)).isInstanceOf(FieldRefusal.class)
			.hasFieldOrPropertyWithValue("field", "phone")
			.hasFieldOrPropertyWithValue("messageKey", "validation.phone");
	}

	@Test
	void aFormWithAnotherFieldNameGetsTheRefusalThere() {
		assertThatThrownBy(() -> PhoneNumber.of("abc<script>", "contacts[2].phone"))
			.hasFieldOrPropertyWithValue("field", "contacts[2].phone");
	}

	@Test
	void anOptionalNumberMayBeLeftOutButNotMisspelt() {
		assertThat(PhoneNumber.ofOptional(null)).isNull();
		assertThat(PhoneNumber.ofOptional("  ")).isNull();
		assertThatThrownBy(() -> PhoneNumber.ofOptional("abc<script>")).isInstanceOf(FieldRefusal.class);
	}

	@Test
	void aNumberLongerThanAnyoneWritesIsRefused() {
		assertThat(PhoneNumber.isValid("1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1")).isFalse();
	}

}
