package se.samordna.platform;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.DataBinder;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import se.samordna.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a form says about a wrong or missing value is Swedish (English on the English
 * pages), for every constraint: the validator's own messages come from the application's
 * bundles, and dates, times and numbers say what they expect.
 */
@IntegrationTest
class ValidationMessagesTests {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	@Autowired
	Validator validator;

	@Autowired
	MessageSource messages;

	/** The kinds of field the forms have: a date, a time, a bounded number. */
	static class Form {

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		@Nullable LocalDate date;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
		@Nullable LocalTime time;

		@NotNull
		@Min(15)
		@Max(480)
		@Nullable Integer minutes;

	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	/** Binds and validates as Spring MVC does, and resolves the errors as a page does. */
	List<String> errors(Locale locale, String date, String time, String minutes) {
		LocaleContextHolder.setLocale(locale);
		var binder = new DataBinder(new Form(), "form");
		binder.initDirectFieldAccess();
		binder.setConversionService(new DefaultFormattingConversionService());
		binder.setValidator(new SpringValidatorAdapter(validator));
		binder.bind(new MutablePropertyValues().add("date", date).add("time", time).add("minutes", minutes));
		binder.validate();
		return binder.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> error.getField() + ": " + messages.getMessage(error, locale))
			.sorted()
			.toList();
	}

	@Test
	void aNumberOutOfRangeIsToldInSwedish() {
		assertThat(errors(SWEDISH, "2026-12-01", "13:00", "10"))
			.containsExactly("minutes: Ange ett tal som är minst 15.");
		assertThat(errors(SWEDISH, "2026-12-01", "13:00", "500"))
			.containsExactly("minutes: Ange ett tal som är högst 480.");
	}

	@Test
	void andInEnglishOnTheEnglishPages() {
		assertThat(errors(Locale.ENGLISH, "2026-12-01", "13:00", "10"))
			.containsExactly("minutes: Enter a number of at least 15.");
	}

	@Test
	void emptyDatesTimesAndNumbersSayWhatIsMissing() {
		assertThat(errors(SWEDISH, "", "", "")).containsExactly("date: Ange ett datum (åååå-mm-dd).",
				"minutes: Ange ett tal.", "time: Ange en tid (tt:mm), till exempel 13:30.");
	}

	@Test
	void valuesOfTheWrongFormSayWhatFormIsExpected() {
		assertThat(errors(SWEDISH, "1 december", "kl 13", "en timme")).containsExactly(
				"date: Skriv datumet som åååå-mm-dd.", "minutes: Skriv ett heltal med siffror.",
				"time: Skriv tiden som tt:mm, till exempel 13:30.");
	}

	@Test
	void theValidatorItselfSpeaksSwedish() {
		LocaleContextHolder.setLocale(SWEDISH);
		var form = new Form();
		form.date = LocalDate.of(2026, 12, 1);
		form.time = LocalTime.NOON;
		form.minutes = 10;
		assertThat(validator.validate(form)).extracting(jakarta.validation.ConstraintViolation::getMessage)
			.containsExactly("Ange ett tal som är minst 15.");
	}

}
