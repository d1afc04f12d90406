package se.samordna.statistics;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.samordna.platform.FieldRefusal;
import se.samordna.platform.FieldRefusals;

/**
 * The months the measures cover, from one month through another. A period is served as
 * asked or refused, never changed: it may not end before it starts, may cover at most
 * {@value #LONGEST_MONTHS} months, and lies between {@link #EARLIEST} (SIP has been law
 * since 2010) and {@link #LATEST}.
 *
 * @param from the first month
 * @param to the last month, included
 */
public record ReportingPeriod(YearMonth from, YearMonth to) {

	public static final int LONGEST_MONTHS = 36;

	public static final YearMonth EARLIEST = YearMonth.of(2010, 1);

	public static final YearMonth LATEST = YearMonth.of(2099, 12);

	/** The period a dashboard opens with, and what an empty field stands for. */
	public static final int DEFAULT_MONTHS = 12;

	/**
	 * @throws FieldRefusal (or {@link FieldRefusals}, one per field) on {@code from} or
	 * {@code to} when the period cannot be served
	 */
	public ReportingPeriod {
		List<FieldRefusal> refusals = new ArrayList<>();
		boolean fromInRange = inRange(from, "from", refusals);
		boolean toInRange = inRange(to, "to", refusals);
		if (fromInRange && toInRange) {
			if (to.isBefore(from)) {
				refusals.add(new FieldRefusal("from", "statistics.period.order", "period ends before it starts"));
			}
			else if (months(from, to) > LONGEST_MONTHS) {
				refusals.add(new FieldRefusal("from", "statistics.period.tooLong", "period longer than allowed"));
			}
		}
		FieldRefusals.throwIfAny(refusals);
	}

	/** The {@value #DEFAULT_MONTHS} months up to and including this one. */
	public static ReportingPeriod upTo(YearMonth lastMonth) {
		return new ReportingPeriod(lastMonth.minusMonths(DEFAULT_MONTHS - 1), lastMonth);
	}

	/**
	 * The period as a user wrote it, months as {@code yyyy-mm}. An empty "to" is this
	 * month; an empty "from" the start of {@value #DEFAULT_MONTHS} months through "to".
	 * @throws FieldRefusal (or {@link FieldRefusals}) on {@code from} or {@code to}, each
	 * field with its own reason, when a month is not a month or the period cannot be
	 * served
	 */
	public static ReportingPeriod of(@Nullable String from, @Nullable String to, YearMonth thisMonth) {
		List<FieldRefusal> refusals = new ArrayList<>();
		YearMonth end = isBlank(to) ? thisMonth : parse(to, "to", refusals);
		YearMonth start = isBlank(from) ? (end == null ? null : end.minusMonths(DEFAULT_MONTHS - 1))
				: parse(from, "from", refusals);
		FieldRefusals.throwIfAny(refusals);
		return new ReportingPeriod(start, end);
	}

	/** How many months the period covers, both ends included. */
	public int months() {
		return months(from, to);
	}

	private static int months(YearMonth from, YearMonth to) {
		return (int) from.until(to, ChronoUnit.MONTHS) + 1;
	}

	private static boolean inRange(YearMonth month, String field, List<FieldRefusal> refusals) {
		if (month.isBefore(EARLIEST) || month.isAfter(LATEST)) {
			refusals.add(new FieldRefusal(field, "statistics.period.outside", "month outside the served years"));
			return false;
		}
		return true;
	}

	private static @Nullable YearMonth parse(String month, String field, List<FieldRefusal> refusals) {
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException e) {
			refusals.add(new FieldRefusal(field, "statistics.period.invalid", "not a month"));
			return null;
		}
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	@Override
	public String toString() {
		return from + ".." + to;
	}

}
