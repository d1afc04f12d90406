package se.samordna.sip;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Someone taking part in the SIP: a unit of a principal or another actor (which may then
 * see the SIP within the consent), or a guardian, relative or representative (who gains
 * no access by this). A guardian or a representative keeps that role everywhere: on the
 * case page, in the plan and in its export.
 * <p>
 * Stored inside the SIP's participant list ({@link Sip.ParticipantList}); the names below
 * are the stored names.
 *
 * @param unitId set for units, null for persons
 * @param name set for persons, null for units
 * @param role what they do in this SIP, in plain words
 */
public record Participant(@JsonProperty("id") UUID id, @JsonProperty("kind") Kind kind,
		@JsonProperty(UNIT_ID) @Nullable UUID unitId, @JsonProperty("name") @Nullable String name,
		@JsonProperty("role") String role) {

	/**
	 * The stored name of {@link #unitId}, which the database's "this unit takes part"
	 * probe matches.
	 */
	public static final String UNIT_ID = "unitId";

	public enum Kind {

		UNIT, GUARDIAN, RELATIVE, REPRESENTATIVE;

		public boolean isPerson() {
			return this != UNIT;
		}

	}

	public static Participant unit(UUID unitId, String role) {
		return new Participant(UUID.randomUUID(), Kind.UNIT, unitId, null, role);
	}

	public static Participant person(Kind kind, String name, String role) {
		if (kind == Kind.UNIT) {
			throw new IllegalArgumentException("a person participant is a guardian, relative or representative");
		}
		return new Participant(UUID.randomUUID(), kind, null, name, role);
	}

}
