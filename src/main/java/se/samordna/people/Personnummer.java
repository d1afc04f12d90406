package se.samordna.people;

import java.time.LocalDate;
import java.time.Period;

/**
 * A Swedish personnummer or samordningsnummer, validated by the {@code dev.personnummer}
 * library. Holds the twelve digits; {@link #toString()} masks the last four, so a number
 * that slips into a log line does not identify anyone.
 */
public record Personnummer(String digits) {

	public Personnummer {
		if (digits == null || !digits.matches("\\d{12}") || !dev.personnummer.Personnummer.valid(digits)) {
			throw new InvalidPersonnummer();
		}
	}

	/**
	 * Reads what a person typed: 10 or 12 digits, with or without a hyphen or plus sign.
	 * @throws InvalidPersonnummer when it is not a valid personnummer or
	 * samordningsnummer
	 */
	public static Personnummer of(String input) {
		try {
			return new Personnummer(dev.personnummer.Personnummer.parse(input.strip()).format(true));
		}
		catch (RuntimeException | dev.personnummer.PersonnummerException e) {
			// the library throws NumberFormatException for some malformed input, not only
			// its own
			throw new InvalidPersonnummer();
		}
	}

	public static boolean isValid(String input) {
		try {
			of(input);
			return true;
		}
		catch (InvalidPersonnummer e) {
			return false;
		}
	}

	/** A samordningsnummer has 60 added to the day of birth. */
	public boolean isSamordningsnummer() {
		return Integer.parseInt(digits.substring(6, 8)) > 60;
	}

	public LocalDate birthDate() {
		int day = Integer.parseInt(digits.substring(6, 8));
		return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
				isSamordningsnummer() ? day - 60 : day);
	}

	public int ageOn(LocalDate date) {
		return Period.between(birthDate(), date).getYears();
	}

	/** As written on paper: {@code 20100120-2397}. */
	public String formatted() {
		return digits.substring(0, 8) + "-" + digits.substring(8);
	}

	@Override
	public String toString() {
		return digits.substring(0, 8) + "-****";
	}

	/** Thrown for anything that is not a valid personnummer or samordningsnummer. */
	public static class InvalidPersonnummer extends IllegalArgumentException {

		InvalidPersonnummer() {
			super("invalid personnummer");
		}

	}

}
