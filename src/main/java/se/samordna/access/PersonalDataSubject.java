package se.samordna.access;

import java.util.UUID;

/**
 * Whose data a request touches.
 *
 * @param personalIdentity the twelve digits of the personnummer or samordningsnummer, for
 * the access log only (log review filters on it)
 * @param protectedIdentity marks the log row, so log review can single out reads of
 * protected persons
 */
public record PersonalDataSubject(UUID individualId, String personalIdentity, boolean protectedIdentity) {

	@Override
	public String toString() {
		return "PersonalDataSubject[" + individualId + "]";
	}

}
