package se.samordna.people;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.NotFoundException;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestPersonnummer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PeopleTests {

	@Autowired
	People people;

	@Autowired
	UserDetailsService logins;

	@Autowired
	TestIndividuals individuals;

	@AfterEach
	void signOut() {
		TestLogins.signOut();
	}

	static IndividualDetails details(String givenName) {
		return new IndividualDetails(givenName, "Testsson", null, null, new Address("Testgatan 1", "753 20", "Uppsala"),
				null, false);
	}

	@Test
	void registeringSomeoneAlreadyKnownGivesTheUnitContactButKeepsTheirDetails() {
		Personnummer newcomer = TestPersonnummer.adult(java.time.LocalDate.now());
		TestLogins.signIn(logins, "birgitta");
		var first = people.register(newcomer, details("Nora"), "Ansökan om hemtjänst");
		assertThat(first.alreadyRegistered()).isFalse();

		TestLogins.signIn(logins, "olle");
		assertThat(people.search(newcomer)).isEmpty();
		var second = people.register(newcomer, details("Någon annan"), "Flyttar till Enköping");

		assertThat(second.alreadyRegistered()).isTrue();
		assertThat(people.view(first.individual().id()).givenName()).isEqualTo("Nora");
		assertThat(people.search(newcomer)).isPresent();
	}

	@Test
	void aProtectedPersonCannotBeReachedBySelfRegistration() {
		Individual sanna = TestLogins.as(logins, "erik", () -> individuals.protectedPerson("Sanna", "Ek"));
		TestLogins.signIn(logins, "olle");
		assertThatThrownBy(() -> people.register(sanna.personnummer(), details("X"), "Vill läsa"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> people.view(sanna.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void someoneModifiedTheIndividualInTheMeantime() {
		TestLogins.signIn(logins, "erik");
		Individual gunnar = individuals.aged(48, "Gunnar", "Åberg");
		long seen = gunnar.version();
		IndividualDetails mine = new IndividualDetails("Gunnar", "Åberg", "070-174 06 90", null,
				gunnar.address().orElse(null), gunnar.listedCareUnitId(), false);
		IndividualDetails theirs = new IndividualDetails("Gunnar", "Åberg", "070-174 06 91", null,
				gunnar.address().orElse(null), gunnar.listedCareUnitId(), false);

		people.change(gunnar.id(), seen, theirs);
		assertThatThrownBy(() -> people.change(gunnar.id(), seen, mine)).isInstanceOf(ConcurrentEditException.class);
		assertThat(people.view(gunnar.id()).phone()).isEqualTo("070-174 06 91");
	}

	@Test
	void relationsAreSavedWithTheIndividual() {
		TestLogins.signIn(logins, "erik");
		Individual gunnar = individuals.withGodMan(individuals.aged(48, "Gunnar", "Åberg"), "Gudrun Holm");
		int before = gunnar.relations().size();
		people.addRelation(gunnar.id(), gunnar.version(), new RelationDetails(RelationKind.OMBUD, "Olof Ombudsson",
				null, null, null, Set.of(), "Kontakter med Försäkringskassan"));
		Individual after = people.view(gunnar.id());
		assertThat(after.relations()).hasSize(before + 1);
		var ombud = after.relations(RelationKind.OMBUD).get(0);
		people.removeRelation(gunnar.id(), after.version(), ombud.id());
		assertThat(people.view(gunnar.id()).relations()).hasSize(before);
	}

}
