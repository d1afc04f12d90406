package se.samordna.people;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.samordna.platform.FieldRefusal;
import se.samordna.testdata.TestPersonnummer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An individual's and a relation's phone number is a phone number, whoever saves it: a
 * page, an import or another module.
 */
class PhoneNumbersOnFileTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final Address HOME = new Address("Testgatan 1", "753 20", "Uppsala");

	static IndividualDetails details(String phone) {
		return new IndividualDetails("Test", "Person", phone, null, HOME, null, false);
	}

	/** As saved once (version 1). */
	static Individual saved() {
		Individual fresh = Individual.register(TestPersonnummer.adult(TODAY), details(null));
		return new Individual(fresh.id(), fresh.personnummer().digits(), "Test", "Person", "018-611 00 00", null,
				HOME.street(), HOME.postalCode(), HOME.city(), null, false, Set.of(), 1L);
	}

	@Test
	void registeringWithMarkupForAPhoneNumberIsRefusedOnThePhoneField() {
		assertThatThrownBy(() -> Individual.register(TestPersonnummer.adult(TODAY), details("abc<script>")))
			.isInstanceOf(FieldRefusal.class)
			.hasFieldOrPropertyWithValue("field", "phone")
			.hasFieldOrPropertyWithValue("messageKey", "validation.phone");
	}

	@Test
	void aRefusedChangeLeavesThePersonAsTheyWere() {
		Individual individual = saved();
		assertThatThrownBy(
				() -> individual.change(new IndividualDetails("Annat", "Namn", "ring mig", null, HOME, null, false), 1))
			.isInstanceOf(FieldRefusal.class);
		assertThat(individual.phone()).isEqualTo("018-611 00 00");
		assertThat(individual.givenName()).isEqualTo("Test");
	}

	@Test
	void aNumberIsKeptAsWrittenAndAnEmptyOneIsNone() {
		Individual individual = saved();
		individual.change(details(" +46 70-123 45 67 "), 1);
		assertThat(individual.phone()).isEqualTo("+46 70-123 45 67");
		individual.change(details(""), 1);
		assertThat(individual.phone()).isNull();
	}

	@Test
	void aRelationsPhoneNumberIsCheckedToo() {
		Individual individual = saved();
		assertThatThrownBy(() -> individual.addRelation(new RelationDetails(RelationKind.RELATIVE, "Nära Anhörig", null,
				"abc<script>", null, Set.of(), "syster"), TODAY, 1))
			.isInstanceOf(FieldRefusal.class)
			.hasFieldOrPropertyWithValue("field", "phone");
		assertThat(individual.relations()).isEmpty();
	}

}
