package se.samordna.sip;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.samordna.platform.FieldRefusal;
import se.samordna.platform.FieldRefusals;
import se.samordna.platform.UserFacingException;

/**
 * What a value or a move refuses, collected so that a form shows every problem at once.
 * Field names are the form's paths ({@code actions[2].end}); a text too long is refused
 * with the limit in words ({@code sip.tooLong.max1000}, one key per limit).
 */
final class Refusals {

	private final List<FieldRefusal> all = new ArrayList<>();

	Refusals add(String field, String messageKey) {
		all.add(new FieldRefusal(field, messageKey, "refused " + field + ": " + messageKey));
		return this;
	}

	/** Refuses an empty or blank text. */
	Refusals required(String field, @Nullable String text, String messageKey) {
		if (text == null || text.isBlank()) {
			add(field, messageKey);
		}
		return this;
	}

	/** Refuses a text longer than {@code max} characters; a missing text is fine. */
	Refusals atMost(String field, @Nullable String text, int max) {
		if (text != null && text.length() > max) {
			add(field, tooLong(max));
		}
		return this;
	}

	/** The refusal of a text longer than one of the SIP's limits, the limit in words. */
	static String tooLong(int max) {
		return switch (max) {
			case 100 -> "sip.tooLong.max100";
			case 200 -> "sip.tooLong.max200";
			case 500 -> "sip.tooLong.max500";
			case 1000 -> "sip.tooLong.max1000";
			case 2000 -> "sip.tooLong.max2000";
			case 4000 -> "sip.tooLong.max4000";
			default -> throw new IllegalArgumentException("no message for a limit of " + max);
		};
	}

	/** Takes over what a part refused, its fields named inside the whole. */
	Refusals addAll(String prefix, UserFacingException refused) {
		if (each(refused).isEmpty()) {
			throw refused;
		}
		for (FieldRefusal refusal : each(refused)) {
			add(prefix + refusal.field(), refusal.messageKey());
		}
		return this;
	}

	boolean isEmpty() {
		return all.isEmpty();
	}

	/** Throws what was collected: one refusal as itself, several together. */
	void throwIfAny() {
		FieldRefusals.throwIfAny(all);
	}

	/**
	 * The field refusals in an exception: the one, or each of several; none for a refusal
	 * of the whole.
	 */
	static List<FieldRefusal> each(UserFacingException refused) {
		if (refused instanceof FieldRefusals several) {
			return several.refusals();
		}
		if (refused instanceof FieldRefusal one) {
			return List.of(one);
		}
		return List.of();
	}

}
