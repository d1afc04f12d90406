package se.samordna.access;

import org.jspecify.annotations.Nullable;

/**
 * Which record a request touches, for the access log: a type such as {@code individual},
 * the record's id and, for a print or export, which version of it. Never personal data.
 */
public record AccessedRecord(String type, @Nullable String id, @Nullable Integer version) {

	public static AccessedRecord of(String type, Object id) {
		return new AccessedRecord(type, id.toString(), null);
	}

	/**
	 * One version of a record, such as plan version 2 of a SIP, as it was printed or
	 * exported.
	 */
	public static AccessedRecord ofVersion(String type, Object id, int version) {
		return new AccessedRecord(type, id.toString(), version);
	}

	/** A record type without one id, such as the access log itself. */
	public static AccessedRecord ofType(String type) {
		return new AccessedRecord(type, null, null);
	}

}
