package se.samordna.directory;

/**
 * What a staff account may do in Samordna, independent of which individuals it may see.
 */
public enum Role {

	/** Works with individuals' SIPs in their own unit. */
	STAFF,
	/** Neutral meeting leader for SIP+ and SIP++. */
	SIP_FACILITATOR,
	/** Sees aggregates only, never personal data. */
	STATISTICS,
	/** Manages units, staff and log review. */
	ADMIN

}
