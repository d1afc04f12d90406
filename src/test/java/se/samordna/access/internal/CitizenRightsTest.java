package se.samordna.access.internal;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samordna.access.CitizenRelation;
import se.samordna.access.CitizenRight;
import se.samordna.access.PersonalDataSubject;
import se.samordna.access.Standing;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordna.access.CitizenRight.SEE_OWN_NOTES;
import static se.samordna.access.CitizenRight.SHARE_WITH_GUARDIANS;
import static se.samordna.access.CitizenRight.TAKE_PART;
import static se.samordna.access.CitizenRight.VIEW;
import static se.samordna.access.CitizenRight.WITHDRAW_CONSENT;

/**
 * The individual's, guardian's and representative's rights, by age and mandate
 * (domain/SIP.md).
 */
class CitizenRightsTest {

	static CitizenRelation relation(Standing standing, int age, boolean personalCare, boolean legalRights) {
		return new CitizenRelation(new PersonalDataSubject(UUID.randomUUID(), "201001202397", false), "Alex Lindqvist",
				standing, age, personalCare, legalRights);
	}

	@Test
	void aSixteenYearOldOwnsTheConsentAndDecidesWhatGuardiansRead() {
		assertThat(CitizenRights.of(relation(Standing.SELF, 16, false, false), false)).containsExactlyInAnyOrder(VIEW,
				SEE_OWN_NOTES, TAKE_PART, WITHDRAW_CONSENT, SHARE_WITH_GUARDIANS);
	}

	@Test
	void aChildUnderFifteenReadsAndTakesPartButTheGuardiansHoldTheConsent() {
		assertThat(CitizenRights.of(relation(Standing.SELF, 11, false, false), false)).containsExactlyInAnyOrder(VIEW,
				SEE_OWN_NOTES, TAKE_PART);
		assertThat(CitizenRights.of(relation(Standing.GUARDIAN, 11, false, false), false))
			.containsExactlyInAnyOrder(VIEW, SEE_OWN_NOTES, TAKE_PART, WITHDRAW_CONSENT);
	}

	@Test
	void aGuardianOfAYoungPersonReadsThePlanAndTheNotesOnlyWhenAllowed() {
		assertThat(CitizenRights.of(relation(Standing.GUARDIAN, 16, false, false), false)).containsExactly(VIEW);
		assertThat(CitizenRights.of(relation(Standing.GUARDIAN, 16, false, false), true))
			.containsExactlyInAnyOrder(VIEW, SEE_OWN_NOTES);
	}

	@Test
	void aGuardianSeesNothingOnceTheChildIsEighteen() {
		assertThat(CitizenRights.of(relation(Standing.GUARDIAN, 18, false, false), true)).isEmpty();
		assertThat(CitizenRights.of(relation(Standing.SELF, 18, false, false), false))
			.doesNotContain(SHARE_WITH_GUARDIANS);
	}

	@Test
	void aRepresentativeActsWithinTheMandate() {
		assertThat(CitizenRights.of(relation(Standing.REPRESENTATIVE, 78, true, true), false))
			.containsExactlyInAnyOrder(VIEW, SEE_OWN_NOTES, TAKE_PART, WITHDRAW_CONSENT);
		assertThat(CitizenRights.of(relation(Standing.REPRESENTATIVE, 78, false, true), false)).containsExactly(VIEW);
		assertThat(CitizenRights.of(relation(Standing.REPRESENTATIVE, 78, false, false), false))
			.as("a förvaltare of property only")
			.isEmpty();
	}

	@Test
	void everyRightIsGivenToSomeone() {
		for (CitizenRight right : CitizenRight.values()) {
			assertThat(CitizenRights.of(relation(Standing.SELF, 16, false, false), false)).contains(right);
		}
	}

}
