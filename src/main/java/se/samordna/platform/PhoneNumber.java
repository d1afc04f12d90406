package se.samordna.platform;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A phone number as people write it: digits, a {@code +} first for a country code, single
 * spaces or hyphens between groups and an area code in parentheses, with 3 to 15 digits
 * in all ({@code 070-123 45 67}, {@code +46 (0)18-611 00 00}, {@code 1177}). Anything
 * else — letters, markup — is refused on construction, so a stored number is safe to
 * show, print and dial. Kept as written (without surrounding spaces).
 * <p>
 * One type for every phone number Samordna keeps: an individual's and a relation's, a
 * unit's, a contact in a plan. Forms check it with {@link ValidPhoneNumber}, so the
 * message comes with the other field errors.
 *
 * @param text the number as written; never blank
 */
public record PhoneNumber(String text) {

	/** The message key of the refusal, in the layout bundle. */
	public static final String INVALID = "validation.phone";

	static final int LONGEST = 40;

	private static final Pattern WRITTEN = Pattern.compile("\\+?(\\(\\d+\\)|\\d)([ -]?(\\(\\d+\\)|\\d))*");

	/**
	 * @throws FieldRefusal on field {@code phone} when the text is not a phone number
	 */
	public PhoneNumber {
		if (!isValid(text)) {
			throw new FieldRefusal("phone", INVALID, "not a phone number");
		}
		text = text.strip();
	}

	/**
	 * @throws FieldRefusal on field {@code phone} when the text is not a phone number
	 */
	public static PhoneNumber of(String text) {
		return new PhoneNumber(text);
	}

	/**
	 * As {@link #of(String)}, for a form whose phone field has another name (a plan's
	 * {@code contacts[2].phone}).
	 * @throws FieldRefusal on {@code field} when the text is not a phone number
	 */
	public static PhoneNumber of(String text, String field) {
		if (!isValid(text)) {
			throw new FieldRefusal(field, INVALID, "not a phone number");
		}
		return new PhoneNumber(text);
	}

	/**
	 * For an optional number: null when nothing was written.
	 * @throws FieldRefusal on field {@code phone} when something was written that is not
	 * a phone number
	 */
	public static @Nullable PhoneNumber ofOptional(@Nullable String text) {
		return text == null || text.isBlank() ? null : of(text);
	}

	public static boolean isValid(@Nullable String text) {
		if (text == null) {
			return false;
		}
		String number = text.strip();
		if (number.length() > LONGEST || !WRITTEN.matcher(number).matches()) {
			return false;
		}
		long digits = number.chars().filter(Character::isDigit).count();
		return digits >= 3 && digits <= 15;
	}

	@Override
	public String toString() {
		return text;
	}

}
