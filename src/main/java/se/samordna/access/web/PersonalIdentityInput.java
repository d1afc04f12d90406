package se.samordna.access.web;

import org.jspecify.annotations.Nullable;

/**
 * Reads a typed personnummer for the log filter with the same library the people module
 * uses.
 */
final class PersonalIdentityInput {

	private PersonalIdentityInput() {
	}

	static @Nullable String digits(String input) {
		try {
			return dev.personnummer.Personnummer.parse(input.strip()).format(true);
		}
		catch (RuntimeException | dev.personnummer.PersonnummerException e) {
			return null;
		}
	}

}
