package se.samordna.testdata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.samordna.TestLogins;
import se.samordna.people.Address;
import se.samordna.people.Individual;
import se.samordna.people.IndividualDetails;
import se.samordna.people.MandateArea;
import se.samordna.people.People;
import se.samordna.people.Personnummer;
import se.samordna.people.Relation;
import se.samordna.people.RelationDetails;
import se.samordna.people.RelationKind;
import se.samordna.platform.NotFoundException;

/**
 * Registers a new person for one test, through the same use case staff use: the signed-in
 * staff member's unit gets a care relation to them. Names are fictional; numbers come
 * from {@link TestPersonnummer}, so no two tests share a person. Guardians and relatives
 * get an e-mail address of their own ({@code …@example.se}), so mail to them is theirs.
 */
@TestComponent
public class TestIndividuals {

	/**
	 * Where everyone registered here lives; no page may show it for a protected person.
	 */
	public static final String STREET = "Testgatan 1";

	public static final String POSTAL_CODE = "753 20";

	/** The street of a protected person's stored address, which no page may contain. */
	public static final String PROTECTED_STREET = "Skyddsvägen 7";

	public static final String PROTECTED_POSTAL_CODE = "753 18";

	private final People people;

	private final Clock clock;

	private final UserDetailsService logins;

	public TestIndividuals(People people, Clock clock, UserDetailsService logins) {
		this.people = people;
		this.clock = clock;
		this.logins = logins;
	}

	/** An adult, registered by the signed-in staff member. */
	public Individual adult(String givenName, String familyName) {
		return aged(35, givenName, familyName);
	}

	public Individual aged(int age, String givenName, String familyName) {
		return register(() -> TestPersonnummer.aged(age, today()), givenName, familyName,
				new Address(STREET, POSTAL_CODE, "Uppsala"), false);
	}

	/**
	 * A person with protected identity, with an address on file that no page may show
	 * ({@link #PROTECTED_STREET}).
	 */
	public Individual protectedPerson(String givenName, String familyName) {
		return register(() -> TestPersonnummer.adult(today()), givenName, familyName,
				new Address(PROTECTED_STREET, PROTECTED_POSTAL_CODE, "Uppsala"), true);
	}

	/**
	 * A child of {@code age} with one or two guardians (by name), registered by the
	 * signed-in staff.
	 */
	public Individual child(int age, String givenName, String familyName, String... guardians) {
		Individual child = aged(age, givenName, familyName);
		for (String guardian : guardians) {
			child = withRelation(child, RelationKind.GUARDIAN, guardian, Set.of(), "förälder");
		}
		return child;
	}

	/** Adds a god man whose mandate covers the person's rights and person. */
	public Individual withGodMan(Individual individual, String name) {
		return withRelation(individual, RelationKind.GOD_MAN, name,
				Set.of(MandateArea.BEVAKA_RATT, MandateArea.SORJA_FOR_PERSON), null);
	}

	/** Adds a relative, without a personnummer, as staff often only know the name. */
	public Individual withRelative(Individual individual, String name, String note) {
		return people.addRelation(individual.id(), individual.version(),
				new RelationDetails(RelationKind.RELATIVE, name, null, null, newEmail(), Set.of(), note));
	}

	/**
	 * The person as their unit sees them now (the signed-in staff member's unit must know
	 * them).
	 */
	public Individual reread(Individual individual) {
		return people.view(individual.id());
	}

	/** Also known to {@code username}'s unit: it registers the person too. */
	public Individual alsoKnownBy(Individual individual, String username) {
		return TestLogins.as(logins, username, () -> {
			People.Registration registration = people.register(individual.personnummer(), individual.details(),
					"Test: känd även här");
			return registration.individual();
		});
	}

	/** One of the person's registered people, by name. */
	public static Relation relation(Individual individual, String name) {
		return individual.relations()
			.stream()
			.filter(relation -> relation.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no relation named " + name));
	}

	/** How a meeting invites one of the person's registered people. */
	public static String invitee(Individual individual, String name) {
		return relation(individual, name).id().toString();
	}

	private Individual withRelation(Individual individual, RelationKind kind, String name, Set<MandateArea> mandate,
			@Nullable String note) {
		return people.addRelation(individual.id(), individual.version(),
				new RelationDetails(kind, name, TestPersonnummer.adult(today()), null, newEmail(), mandate, note));
	}

	/**
	 * An address of the person's own, so that mail to them is theirs alone; it names
	 * nobody, so a test that looks for names in mail finds only what the mail says.
	 */
	private static String newEmail() {
		return "kontakt." + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A number someone else already holds is skipped, never shared. */
	private Individual register(Supplier<Personnummer> numbers, String givenName, String familyName, Address address,
			boolean protectedIdentity) {
		for (int attempt = 0; attempt < 5; attempt++) {
			People.Registration registration;
			try {
				registration = people.register(numbers.get(),
						new IndividualDetails(givenName, familyName, null, null, address, null, protectedIdentity),
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
