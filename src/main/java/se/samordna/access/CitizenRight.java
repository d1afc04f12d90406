package se.samordna.access;

/**
 * What a citizen may do with one individual's SIPs; {@link CitizenStanding} says which
 * apply.
 */
public enum CitizenRight {

	/** Read the plan, the meetings and the consent. */
	VIEW,
	/** Read what the individual wrote themself to prepare. */
	SEE_OWN_NOTES,
	/** Write preparation notes and comment on the plan. */
	TAKE_PART,
	/** Withdraw the consent, which closes the SIP. */
	WITHDRAW_CONSENT,
	/** Decide whether guardians may read one's own notes (a young person of 15–17). */
	SHARE_WITH_GUARDIANS

}
