package se.samordna.sip;

import java.util.UUID;

import se.samordna.platform.UserFacingException;

/**
 * A page asked for a move that {@link Sip#allowedMoves} does not open to the user now,
 * such as the plan form of a closed SIP. The case page says why.
 */
public class MoveNotOpen extends UserFacingException {

	private final UUID sipId;

	private final Move move;

	MoveNotOpen(UUID sipId, SipStatus status, Move move) {
		super(status == SipStatus.CLOSED ? "sip.notOpen.closed" : "sip.notOpen." + move.name(),
				"move " + move + " not open in sip " + sipId + " in state " + status);
		this.sipId = sipId;
		this.move = move;
	}

	public UUID sipId() {
		return sipId;
	}

	public Move move() {
		return move;
	}

}
