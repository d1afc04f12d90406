package se.samordna.people;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.FieldRefusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndividualTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final Address HOME = new Address("Klöverstigen 3", "753 18", "Uppsala");

	/** A person as saved once (version 1), the state every page works on. */
	static Individual saved(String personnummer, boolean protectedIdentity) {
		Individual fresh = Individual.register(Personnummer.of(personnummer),
				new IndividualDetails("Test", "Person", null, null, HOME, null, protectedIdentity));
		return new Individual(fresh.id(), personnummer, "Test", "Person", null, null, HOME.street(), HOME.postalCode(),
				HOME.city(), null, protectedIdentity, Set.of(), 1L);
	}

	static RelationDetails relation(RelationKind kind, Set<MandateArea> mandate, String note) {
		return new RelationDetails(kind, "Någon Närstående", null, null, null, mandate, note);
	}

	@Nested
	class ProtectedIdentity {

		@Test
		void protectedPersonsAddressIsNeverHandedOut() {
			Individual sanna = saved(TestPeople.SANNA.personnummer(), true);
			assertThat(sanna.address()).isEmpty();
			assertThat(sanna.details().address()).isNull();
		}

		@Test
		void savingAFormWithoutAddressKeepsTheProtectedAddressStored() {
			Individual sanna = saved(TestPeople.SANNA.personnummer(), true);
			sanna.change(new IndividualDetails("Sanna", "Ek", "070-174 06 50", null, null, null, true), 1);
			sanna.change(new IndividualDetails("Sanna", "Ek", null, null, null, null, false), 1);
			assertThat(sanna.address()).contains(HOME);
		}

		@Test
		void anOrdinaryPersonsAddressIsShown() {
			assertThat(saved(TestPeople.GUNNAR.personnummer(), false).address()).contains(HOME);
		}

	}

	@Nested
	class Guardians {

		@Test
		void aChildMayHaveTwoGuardians() {
			Individual elsa = saved(TestPeople.ELSA.personnummer(), false);
			elsa.addRelation(relation(RelationKind.GUARDIAN, Set.of(), "mamma"), TODAY, 1);
			elsa.addRelation(relation(RelationKind.GUARDIAN, Set.of(), "pappa"), TODAY, 1);
			assertThat(elsa.relations(RelationKind.GUARDIAN)).hasSize(2);
		}

		@Test
		void aThirdGuardianIsRefused() {
			Individual elsa = saved(TestPeople.ELSA.personnummer(), false);
			elsa.addRelation(relation(RelationKind.GUARDIAN, Set.of(), null), TODAY, 1);
			elsa.addRelation(relation(RelationKind.GUARDIAN, Set.of(), null), TODAY, 1);
			assertThatThrownBy(() -> elsa.addRelation(relation(RelationKind.GUARDIAN, Set.of(), null), TODAY, 1))
				.isInstanceOf(FieldRefusal.class)
				.hasFieldOrPropertyWithValue("messageKey", "people.relation.guardian.tooMany");
		}

		@Test
		void anAdultHasNoGuardians() {
			Individual gunnar = saved(TestPeople.GUNNAR.personnummer(), false);
			assertThatThrownBy(() -> gunnar.addRelation(relation(RelationKind.GUARDIAN, Set.of(), null), TODAY, 1))
				.isInstanceOf(FieldRefusal.class)
				.hasFieldOrPropertyWithValue("messageKey", "people.relation.guardian.adult");
		}

		@Test
		void guardiansEndOnTheEighteenthBirthday() {
			Individual alex = saved(TestPeople.ALEX.personnummer(), false);
			LocalDate eighteenthBirthday = LocalDate.of(2028, 1, 20);
			assertThat(alex.isChildOn(eighteenthBirthday.minusDays(1))).isTrue();
			assertThat(alex.isChildOn(eighteenthBirthday)).isFalse();
			assertThatThrownBy(
					() -> alex.addRelation(relation(RelationKind.GUARDIAN, Set.of(), null), eighteenthBirthday, 1))
				.isInstanceOf(FieldRefusal.class);
		}

	}

	@Nested
	class Representatives {

		@Test
		void aGodManNeedsAMandate() {
			Individual gunnar = saved(TestPeople.GUNNAR.personnummer(), false);
			assertThatThrownBy(() -> gunnar.addRelation(relation(RelationKind.GOD_MAN, Set.of(), null), TODAY, 1))
				.isInstanceOf(FieldRefusal.class)
				.hasFieldOrPropertyWithValue("field", "mandate");
		}

		@Test
		void aGodMansMandateIsKept() {
			Individual gunnar = saved(TestPeople.GUNNAR.personnummer(), false);
			gunnar.addRelation(
					relation(RelationKind.GOD_MAN, Set.of(MandateArea.BEVAKA_RATT, MandateArea.SORJA_FOR_PERSON), null),
					TODAY, 1);
			assertThat(gunnar.relations(RelationKind.GOD_MAN).get(0).mandate())
				.containsExactlyInAnyOrder(MandateArea.BEVAKA_RATT, MandateArea.SORJA_FOR_PERSON);
		}

		@Test
		void anOmbudNeedsToSayWhatTheFullmaktCovers() {
			Individual gunnar = saved(TestPeople.GUNNAR.personnummer(), false);
			assertThatThrownBy(() -> gunnar.addRelation(relation(RelationKind.OMBUD, Set.of(), " "), TODAY, 1))
				.isInstanceOf(FieldRefusal.class)
				.hasFieldOrPropertyWithValue("field", "note");
		}

	}

	@Test
	void someoneElsesSaveInTheMeantimeIsRefused() {
		Individual gunnar = saved(TestPeople.GUNNAR.personnummer(), false);
		assertThatThrownBy(() -> gunnar.change(gunnar.details(), 0)).isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> gunnar.addRelation(relation(RelationKind.RELATIVE, Set.of(), null), TODAY, 2))
			.isInstanceOf(ConcurrentEditException.class);
	}

}
