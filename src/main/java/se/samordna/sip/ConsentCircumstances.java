package se.samordna.sip;

import java.time.LocalDate;

import se.samordna.people.Individual;
import se.samordna.people.MandateArea;
import se.samordna.people.RelationKind;

/**
 * What the consent rules need to know about the individual on the day consent is
 * recorded.
 *
 * @param age whole years on that day
 * @param guardians how many guardians are recorded for a child
 * @param representativeMayConsent a representative is recorded whose mandate covers the
 * person's care
 */
public record ConsentCircumstances(int age, int guardians, boolean representativeMayConsent) {

	/**
	 * Reads the circumstances off an individual the caller has already read (and logged).
	 * A representative may consent when an ombud is recorded, or a god man or förvaltare
	 * whose mandate covers the person's rights or person.
	 */
	public static ConsentCircumstances of(Individual individual, LocalDate today) {
		boolean representative = individual.relations()
			.stream()
			.anyMatch(relation -> relation.kind() == RelationKind.OMBUD
					|| (relation.kind() == RelationKind.GOD_MAN || relation.kind() == RelationKind.FORVALTARE)
							&& (relation.mandate().contains(MandateArea.SORJA_FOR_PERSON)
									|| relation.mandate().contains(MandateArea.BEVAKA_RATT)));
		return new ConsentCircumstances(individual.personnummer().ageOn(today),
				individual.relations(RelationKind.GUARDIAN).size(), representative);
	}

	/**
	 * Under this age the guardians consent for the child (with the child's view
	 * considered).
	 */
	public static final int OWN_CONSENT_AGE = 15;

	public static final int AGE_OF_MAJORITY = 18;

}
