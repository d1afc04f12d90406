package se.samordna.directory;

/**
 * A Swedish organisationsnummer: ten digits, the last a Luhn check digit, the third at
 * least 2. Accepts input with or without the hyphen; always holds the ten digits.
 */
public record Organisationsnummer(String digits) {

	public Organisationsnummer {
		if (!isValid(digits)) {
			throw new IllegalArgumentException("invalid organisationsnummer");
		}
	}

	public static Organisationsnummer of(String input) {
		return new Organisationsnummer(normalise(input));
	}

	public static boolean isValid(String input) {
		String digits = normalise(input);
		return digits.matches("\\d{10}") && digits.charAt(2) >= '2' && FormatChecks.passesLuhn(digits);
	}

	private static String normalise(String input) {
		return input.strip().replace("-", "");
	}

	/** As written on paper: {@code 212000-3005}. */
	public String formatted() {
		return digits.substring(0, 6) + "-" + digits.substring(6);
	}

	@Override
	public String toString() {
		return formatted();
	}

}
