package se.samordna.access;

/** Why personal data is read; written to the access log. */
public enum Purpose {

	/**
	 * Care, treatment or case handling for the individual (vård, omsorg, handläggning).
	 */
	CARE,
	/** Coordinated planning: the SIP itself. */
	SIP,
	/** Systematic review of the access log (loggkontroll). */
	LOG_REVIEW

}
