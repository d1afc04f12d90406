package se.samordna.access.internal;

import java.util.EnumSet;
import java.util.Set;

import se.samordna.access.CitizenRelation;
import se.samordna.access.CitizenRight;

import static se.samordna.access.CitizenRight.SEE_OWN_NOTES;
import static se.samordna.access.CitizenRight.SHARE_WITH_GUARDIANS;
import static se.samordna.access.CitizenRight.TAKE_PART;
import static se.samordna.access.CitizenRight.VIEW;
import static se.samordna.access.CitizenRight.WITHDRAW_CONSENT;

/**
 * The individual's, guardian's and representative's rights (domain/SIP.md, consent
 * rules):
 * <ul>
 * <li>the individual sees everything of their own; from 15 the consent is their own, so
 * they may withdraw it, and until 18 they decide whether guardians read their own
 * notes;</li>
 * <li>a guardian acts for a child under 15; for a young person of 15–17 only reads the
 * plan and meetings, and the young person's notes only if allowed; nothing from 18;</li>
 * <li>a representative acts within a mandate that covers personal care ("sörja för
 * person"); one that only guards legal rights ("bevaka rätt") reads; property alone gives
 * nothing.</li>
 * </ul>
 */
final class CitizenRights {

	static final int CONSENT_AGE = 15;

	static final int ADULT = 18;

	private CitizenRights() {
	}

	static Set<CitizenRight> of(CitizenRelation relation, boolean guardiansSeeOwnNotes) {
		int age = relation.age();
		return switch (relation.standing()) {
			case SELF -> {
				Set<CitizenRight> rights = EnumSet.of(VIEW, SEE_OWN_NOTES, TAKE_PART);
				if (age >= CONSENT_AGE) {
					rights.add(WITHDRAW_CONSENT);
				}
				if (age >= CONSENT_AGE && age < ADULT) {
					rights.add(SHARE_WITH_GUARDIANS);
				}
				yield rights;
			}
			case GUARDIAN -> {
				if (age >= ADULT) {
					yield EnumSet.noneOf(CitizenRight.class);
				}
				if (age < CONSENT_AGE) {
					yield EnumSet.of(VIEW, SEE_OWN_NOTES, TAKE_PART, WITHDRAW_CONSENT);
				}
				yield guardiansSeeOwnNotes ? EnumSet.of(VIEW, SEE_OWN_NOTES) : EnumSet.of(VIEW);
			}
			case REPRESENTATIVE -> {
				if (relation.personalCare()) {
					yield EnumSet.of(VIEW, SEE_OWN_NOTES, TAKE_PART, WITHDRAW_CONSENT);
				}
				yield relation.legalRights() ? EnumSet.of(VIEW) : EnumSet.noneOf(CitizenRight.class);
			}
		};
	}

}
