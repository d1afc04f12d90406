package se.samordna.sip;

import se.samordna.platform.UserFacingException;

/**
 * A move the state machine does not allow, named by the state and the move, e.g.
 * {@code IllegalSipTransition(CLOSED, "confirmPlan")}. The page explains it in plain
 * words from the key {@code sip.refused.<move>}.
 */
public class IllegalSipTransition extends UserFacingException {

	private final SipStatus status;

	private final String move;

	public IllegalSipTransition(SipStatus status, String move) {
		super("sip.refused." + move, "SIP in state " + status + " cannot " + move);
		this.status = status;
		this.move = move;
	}

	public SipStatus status() {
		return status;
	}

	public String move() {
		return move;
	}

}
