package se.samordna.sip;

/** Why a plan version was made. */
public enum PlanVersionKind {

	/** The first plan of the SIP. */
	FIRST,
	/** Small changes to the plan in force. */
	REVISION,
	/** A new plan after a follow-up found the old one no longer fits. */
	NEW_PLAN

}
