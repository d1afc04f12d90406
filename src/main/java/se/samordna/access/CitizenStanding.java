package se.samordna.access;

import java.util.Set;
import java.util.UUID;

/**
 * A signed-in citizen's standing to one individual, and what it lets them do. Decided by
 * {@link AccessControl}, which logged the read that returned it.
 */
public record CitizenStanding(Citizen citizen, PersonalDataSubject subject, String individualName, Standing standing,
		Set<CitizenRight> rights) {

	public CitizenStanding {
		rights = Set.copyOf(rights);
	}

	public UUID individualId() {
		return subject.individualId();
	}

	public boolean may(CitizenRight right) {
		return rights.contains(right);
	}

	public boolean mayTakePart() {
		return may(CitizenRight.TAKE_PART);
	}

	public boolean mayWithdrawConsent() {
		return may(CitizenRight.WITHDRAW_CONSENT);
	}

	public boolean mayShareWithGuardians() {
		return may(CitizenRight.SHARE_WITH_GUARDIANS);
	}

	/**
	 * Whether this reader may see preparation notes written by someone of the given
	 * standing.
	 */
	public boolean mayReadNotesBy(Standing writer) {
		return standing == Standing.SELF || writer == standing
				|| (writer == Standing.SELF && may(CitizenRight.SEE_OWN_NOTES));
	}

}
