package se.samordna.platform;

import java.util.List;

/**
 * Several fields refused at once, so that a form can show every problem in one answer
 * instead of one per submit. A domain type that checks a whole value (a plan, a kallelse)
 * collects its refusals and throws them together.
 */
public class FieldRefusals extends UserFacingException {

	private final List<FieldRefusal> refusals;

	public FieldRefusals(List<FieldRefusal> refusals) {
		super(refusals.isEmpty() ? "error.refused" : refusals.get(0).messageKey(), refusals.size()
				+ " field(s) refused: " + String.join(", ", refusals.stream().map(FieldRefusal::field).toList()));
		if (refusals.isEmpty()) {
			throw new IllegalArgumentException("a refusal needs at least one field");
		}
		this.refusals = List.copyOf(refusals);
	}

	/**
	 * Throws the collected refusals, if there are any: one as itself, several together.
	 */
	public static void throwIfAny(List<FieldRefusal> refusals) {
		if (refusals.size() == 1) {
			throw refusals.get(0);
		}
		if (!refusals.isEmpty()) {
			throw new FieldRefusals(refusals);
		}
	}

	public List<FieldRefusal> refusals() {
		return refusals;
	}

}
