package se.samordna.sip;

import org.springframework.modulith.NamedInterface;

/** Why a plan version was made. */
@NamedInterface("events")
public enum PlanVersionKind {

	/** The first plan of the SIP. */
	FIRST,
	/** Small changes to the plan in force. */
	REVISION,
	/** A new plan after a follow-up found the old one no longer fits. */
	NEW_PLAN

}
