package se.samordna.sip;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a SIP and the moves between them, in one table a reviewer can check
 * against DESIGN.md:
 * {@code ASSESSED → CONSENTED → PREPARING → INVITED → PLAN_ACTIVE ⇄ FOLLOW_UP_DUE → CLOSED}.
 * Nothing moves past ASSESSED without consent; any open state may close (consent
 * withdrawn, or closed by the coordinator). A plan may be confirmed after consent even
 * when the meeting was held outside Samordna, so PLAN_ACTIVE is also reachable from
 * CONSENTED and PREPARING.
 */
public enum SipStatus {

	ASSESSED, CONSENTED, PREPARING, INVITED, PLAN_ACTIVE, FOLLOW_UP_DUE, CLOSED;

	/** The states this one may move to. */
	public Set<SipStatus> successors() {
		return switch (this) {
			case ASSESSED -> EnumSet.of(CONSENTED, CLOSED);
			case CONSENTED -> EnumSet.of(PREPARING, INVITED, PLAN_ACTIVE, CLOSED);
			case PREPARING -> EnumSet.of(PREPARING, INVITED, PLAN_ACTIVE, CLOSED);
			case INVITED -> EnumSet.of(PREPARING, PLAN_ACTIVE, CLOSED);
			case PLAN_ACTIVE -> EnumSet.of(PLAN_ACTIVE, FOLLOW_UP_DUE, CLOSED);
			case FOLLOW_UP_DUE -> EnumSet.of(PLAN_ACTIVE, CLOSED);
			case CLOSED -> EnumSet.noneOf(SipStatus.class);
		};
	}

	public boolean mayMoveTo(SipStatus next) {
		return successors().contains(next);
	}

	public boolean isOpen() {
		return this != CLOSED;
	}

	/**
	 * Consent has been given: information may be shared, units invited, plans written.
	 */
	public boolean hasConsent() {
		return this != ASSESSED && this != CLOSED;
	}

}
