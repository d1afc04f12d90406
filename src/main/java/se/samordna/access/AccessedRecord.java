package se.samordna.access;

import org.jspecify.annotations.Nullable;

/**
 * Which record a request touches, for the access log: a type such as {@code individual} and the
 * record's id. Never personal data.
 */
public record AccessedRecord(String type, @Nullable String id) {

	public static AccessedRecord of(String type, Object id) {
		return new AccessedRecord(type, id.toString());
	}

	/** A record type without one id, such as the access log itself. */
	public static AccessedRecord ofType(String type) {
		return new AccessedRecord(type, null);
	}

}
