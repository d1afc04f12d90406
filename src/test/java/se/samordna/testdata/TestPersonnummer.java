package se.samordna.testdata;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import se.samordna.people.Personnummer;

/**
 * Fresh personnummer for tests, from Skatteverket's test series: for every day from 1976
 * to 2013 the series holds the birth numbers 238 and 239 (with their check digit), so a
 * test can ask for a person of a given age without touching anyone real. Each number is
 * handed out once per JVM.
 */
public final class TestPersonnummer {

	private static final int FIRST_YEAR = 1976;

	private static final int LAST_YEAR = 2013;

	private static final Set<String> handedOut = ConcurrentHashMap.newKeySet();

	private TestPersonnummer() {
	}

	/**
	 * A number for someone who is {@code age} years old on {@code today}.
	 * @throws IllegalArgumentException when the series has nobody of that age
	 */
	public static Personnummer aged(int age, LocalDate today) {
		LocalDate latest = today.minusYears(age);
		LocalDate earliest = today.minusYears(age + 1L).plusDays(1);
		if (earliest.getYear() < FIRST_YEAR || latest.getYear() > LAST_YEAR) {
			throw new IllegalArgumentException("Skatteverket's 238/239 series has nobody aged " + age + " on " + today);
		}
		long days = latest.toEpochDay() - earliest.toEpochDay() + 1;
		for (int attempt = 0; attempt < 10_000; attempt++) {
			LocalDate born = earliest.plusDays(ThreadLocalRandom.current().nextLong(days));
			String serial = ThreadLocalRandom.current().nextBoolean() ? "238" : "239";
			String digits = withCheckDigit(
					"%04d%02d%02d%s".formatted(born.getYear(), born.getMonthValue(), born.getDayOfMonth(), serial));
			if (handedOut.add(digits)) {
				return new Personnummer(digits);
			}
		}
		throw new IllegalStateException("no unused test personnummer left for age " + age);
	}

	/** An adult of working age. */
	public static Personnummer adult(LocalDate today) {
		return aged(35, today);
	}

	/** The library knows the check digit; of the ten candidates exactly one is valid. */
	private static String withCheckDigit(String elevenDigits) {
		return IntStream.rangeClosed(0, 9)
			.mapToObj(digit -> elevenDigits + digit)
			.filter(dev.personnummer.Personnummer::valid)
			.findFirst()
			.orElseThrow();
	}

}
