package se.samordna.meetings;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One invited party. Stored inside the meeting's invitations document: the JSON names are
 * fixed here.
 *
 * @param unitId set for a unit, null for a person
 * @param name a person's name, as the caller's side sees it; null for a unit
 * @param email where a person is told that something happened (never what); null when
 * unknown
 */
public record Invitee(@JsonProperty("kind") InviteeKind kind, @JsonProperty("unitId") @Nullable UUID unitId,
		@JsonProperty("name") @Nullable String name, @JsonProperty("email") @Nullable String email) {

	public Invitee {
		if ((kind == InviteeKind.UNIT) != (unitId != null)) {
			throw new IllegalArgumentException("a unit invitee has a unit id, a person invitee none");
		}
	}

	public static Invitee unit(UUID unitId) {
		return new Invitee(InviteeKind.UNIT, unitId, null, null);
	}

	public static Invitee person(InviteeKind kind, String name, @Nullable String email) {
		return new Invitee(kind, null, name, email == null || email.isBlank() ? null : email.strip());
	}

	/**
	 * Two invitations to the same unit, or to the same person by kind and name, are one.
	 */
	boolean sameAs(Invitee other) {
		return kind == other.kind && (unitId != null ? unitId.equals(other.unitId)
				: name != null && name.equalsIgnoreCase(String.valueOf(other.name)));
	}

}
