package se.samordna.sip;

import org.springframework.modulith.NamedInterface;

/** Why a SIP was closed. */
@NamedInterface("events")
public enum ClosingReason {

	/** The need for coordination is met. */
	NEED_MET,
	/** Coordination now works without a SIP. */
	WORKS_WITHOUT_SIP,
	/** The individual withdrew consent. */
	CONSENT_WITHDRAWN,
	/**
	 * The person did not want a SIP: no consent was given, so it ends before it began.
	 */
	CONSENT_DECLINED, MOVED, DECEASED,
	/**
	 * Started by mistake beside another open SIP of the same person; not counted as
	 * started.
	 */
	DUPLICATE,
	/** Something else, described in words. */
	OTHER

}
