package se.samordna.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A part of the site with languages of its own (the individual's pages offer seven, the
 * staff pages two). Declare one as a bean; the first supported locale is the default, and
 * the choice is kept in a cookie of its own.
 */
public record LanguageScope(String pathPrefix, List<Locale> supported, String cookieName, Duration remembered) {

	public LanguageScope {
		supported = List.copyOf(supported);
		if (supported.isEmpty()) {
			throw new IllegalArgumentException("a language scope needs a language");
		}
	}

	/**
	 * The supported locale for a wish: the same tag, else the same language, else the
	 * default.
	 */
	public Locale closest(Locale wish) {
		return supported.stream()
			.filter(locale -> locale.toLanguageTag().equals(wish.toLanguageTag()))
			.findFirst()
			.or(() -> supported.stream()
				.filter(locale -> locale.getLanguage().equals(wish.getLanguage()) && locale.getVariant().isEmpty())
				.findFirst())
			.orElse(supported.get(0));
	}

}
