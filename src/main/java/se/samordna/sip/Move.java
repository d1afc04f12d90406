package se.samordna.sip;

/**
 * The moves a page may offer; {@link Sip#allowedMoves} says which are open to whom now.
 */
public enum Move {

	RECORD_CONSENT, PREPARE, CHANGE_PARTICIPANTS, CALL_MEETING, EDIT_PLAN, CONFIRM_PLAN, RECORD_FOLLOW_UP, CLOSE,
	WITHDRAW_CONSENT

}
