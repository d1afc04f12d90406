package se.samordna.sip;

import java.util.List;
import java.util.UUID;

/**
 * The person's other open SIPs that the user's unit takes part in, for the rules about a
 * second SIP: one is started only when the user says so after seeing them, and one of two
 * may be closed as a duplicate. SIPs the unit has no part in are not counted, so that no
 * one learns of them here.
 */
public record OtherOpenSips(List<UUID> sipIds) {

	public static final OtherOpenSips NONE = new OtherOpenSips(List.of());

	public OtherOpenSips {
		sipIds = List.copyOf(sipIds);
	}

	/** Whether there is one besides {@code sipId}. */
	boolean besides(UUID sipId) {
		return sipIds.stream().anyMatch(other -> !other.equals(sipId));
	}

	boolean any() {
		return !sipIds.isEmpty();
	}

}
