package se.samordna.portal;

import java.util.Arrays;
import java.util.Locale;

/**
 * The languages of the individual's pages. Lättläst is Swedish written for easy reading:
 * its own bundle (a locale variant), the page's language still Swedish.
 *
 * @param ownName the language's name in itself, for the language switch
 */
public enum PortalLanguage {

	SV("sv", "sv", false, "Svenska"), LATTLAST("sv-lattlast", "sv", false, "Lättläst svenska"),
	EN("en", "en", false, "English"), AR("ar", "ar", true, "العربية"), FA("fa", "fa", true, "فارسی"),
	SO("so", "so", false, "Soomaali"), FI("fi", "fi", false, "Suomi");

	private final Locale locale;

	private final String htmlLang;

	private final boolean rightToLeft;

	private final String ownName;

	PortalLanguage(String tag, String htmlLang, boolean rightToLeft, String ownName) {
		this.locale = Locale.forLanguageTag(tag);
		this.htmlLang = htmlLang;
		this.rightToLeft = rightToLeft;
		this.ownName = ownName;
	}

	public static PortalLanguage of(Locale locale) {
		return Arrays.stream(values())
			.filter(language -> language.locale.toLanguageTag().equals(locale.toLanguageTag()))
			.findFirst()
			.orElse(SV);
	}

	public Locale locale() {
		return locale;
	}

	/** The value of the {@code lang} parameter that switches to this language. */
	public String tag() {
		return locale.toLanguageTag();
	}

	public String htmlLang() {
		return htmlLang;
	}

	public String dir() {
		return rightToLeft ? "rtl" : "ltr";
	}

	public String ownName() {
		return ownName;
	}

}
