package se.samordna.testdata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.boot.test.context.TestComponent;

import se.samordna.people.Address;
import se.samordna.people.Individual;
import se.samordna.people.IndividualDetails;
import se.samordna.people.MandateArea;
import se.samordna.people.People;
import se.samordna.people.Personnummer;
import se.samordna.people.RelationDetails;
import se.samordna.people.RelationKind;
import se.samordna.platform.NotFoundException;

/**
 * Registers a new person for one test, through the same use case staff use: the signed-in
 * staff member's unit gets a care relation to them. Names are fictional; numbers come
 * from {@link TestPersonnummer}, so no two tests share a person.
 */
@TestComponent
public class TestIndividuals {

	private final People people;

	private final Clock clock;

	TestIndividuals(People people, Clock clock) {
		this.people = people;
		this.clock = clock;
	}

	/** An adult, registered by the signed-in staff member. */
	public Individual adult(String givenName, String familyName) {
		return aged(35, givenName, familyName);
	}

	public Individual aged(int age, String givenName, String familyName) {
		return register(() -> TestPersonnummer.aged(age, LocalDate.now(clock)), givenName, familyName, false);
	}

	/**
	 * A person with protected identity, with an address on file that no page may show.
	 */
	public Individual protectedPerson(String givenName, String familyName) {
		return register(() -> TestPersonnummer.adult(LocalDate.now(clock)), givenName, familyName, true);
	}

	/**
	 * A child of {@code age} with one or two guardians, registered by the signed-in
	 * staff.
	 */
	public Individual child(int age, String givenName, String familyName, String... guardians) {
		Individual child = aged(age, givenName, familyName);
		for (String guardian : guardians) {
			child = people.addRelation(child.id(), child.version(), new RelationDetails(RelationKind.GUARDIAN, guardian,
					TestPersonnummer.adult(LocalDate.now(clock)), null, null, Set.of(), null));
		}
		return child;
	}

	/** Adds a god man whose mandate covers the person's rights and person. */
	public Individual withGodMan(Individual individual, String name) {
		return people.addRelation(individual.id(), individual.version(),
				new RelationDetails(RelationKind.GOD_MAN, name, TestPersonnummer.adult(LocalDate.now(clock)), null,
						null, Set.of(MandateArea.BEVAKA_RATT, MandateArea.SORJA_FOR_PERSON), null));
	}

	/** A number someone else (the demo cast) already holds is skipped, never shared. */
	private Individual register(Supplier<Personnummer> numbers, String givenName, String familyName,
			boolean protectedIdentity) {
		for (int attempt = 0; attempt < 5; attempt++) {
			People.Registration registration;
			try {
				registration = people.register(numbers.get(),
						new IndividualDetails(givenName, familyName, null, null,
								new Address("Testgatan 1", "753 20", "Uppsala"), null, protectedIdentity),
						"Test: ny kontakt");
			}
			catch (NotFoundException protectedAndTaken) {
				// the number belongs to someone with protected identity: refused, as it
				// should be
				continue;
			}
			if (!registration.alreadyRegistered()) {
				return registration.individual();
			}
		}
		throw new IllegalStateException("no free test personnummer");
	}

}
