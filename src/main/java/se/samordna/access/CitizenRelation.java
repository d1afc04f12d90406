package se.samordna.access;

/**
 * A fact about a citizen and an individual, as the person register knows it;
 * {@link AccessControl} turns it into rights.
 *
 * @param age the individual's age today, in whole years
 * @param personalCare a representative's mandate covers "sörja för person"
 * @param legalRights a representative's mandate covers "bevaka rätt"
 */
public record CitizenRelation(PersonalDataSubject subject, String individualName, Standing standing, int age,
		boolean personalCare, boolean legalRights) {
}
