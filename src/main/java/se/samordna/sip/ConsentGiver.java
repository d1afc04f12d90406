package se.samordna.sip;

import org.springframework.modulith.NamedInterface;

/** Who gave consent (or, for someone who cannot, whose view was gathered). */
@NamedInterface("events")
public enum ConsentGiver {

	/** The individual themselves: an adult, or a young person of 15–17. */
	INDIVIDUAL,
	/** The guardians of a child under 15: both, when the child has two. */
	GUARDIANS,
	/** A god man, förvaltare or ombud, within their mandate. */
	REPRESENTATIVE,
	/**
	 * The individual cannot consent; the view of relatives or a legal representative is
	 * recorded.
	 */
	VIEW_OF_RELATIVES

}
