package se.samordna.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages a document is printed in. Lättläst is Swedish written for easy reading
 * (its own bundle, a locale variant); the document's language is still Swedish.
 *
 * @param parameter the value of the {@code sprak} request parameter
 */
public enum DocumentLanguage {

	SV("sv", "sv"), LATTLAST("lattlast", "sv-lattlast"), EN("en", "en");

	private final String parameter;

	private final Locale locale;

	DocumentLanguage(String parameter, String tag) {
		this.parameter = parameter;
		this.locale = Locale.forLanguageTag(tag);
	}

	/** An unknown value is not guessed at: the caller answers 404. */
	public static Optional<DocumentLanguage> fromParameter(String value) {
		return Arrays.stream(values()).filter(language -> language.parameter.equals(value)).findFirst();
	}

	public String parameter() {
		return parameter;
	}

	public Locale locale() {
		return locale;
	}

	/** The language the PDF declares: Swedish for lättläst too. */
	public String documentLanguage() {
		return locale.getLanguage();
	}

}
