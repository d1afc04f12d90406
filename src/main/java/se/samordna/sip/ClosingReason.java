package se.samordna.sip;

/** Why a SIP was closed. */
public enum ClosingReason {

	/** The need for coordination is met. */
	NEED_MET,
	/** Coordination now works without a SIP. */
	WORKS_WITHOUT_SIP,
	/** The individual withdrew consent. */
	CONSENT_WITHDRAWN,
	MOVED,
	DECEASED,
	/** Something else, described in words. */
	OTHER

}
