package se.samordna.meetings;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * When a silent invitee is reminded (after a number of Swedish working days) and when the
 * caller is alerted (a number of days before the meeting). Working days skip weekends and
 * the Swedish public holidays, plus midsommarafton, julafton and nyårsafton, which are
 * days off in practice.
 */
public record InvitationDeadlines(ZoneId zone, int reminderAfterWorkingDays, Duration alertCallerBefore) {

	/**
	 * The moment a still unanswered invitation is reminded: the same time of day, N
	 * working days on.
	 */
	public Instant remindAfter(Instant calledAt) {
		ZonedDateTime at = calledAt.atZone(zone);
		LocalDate day = at.toLocalDate();
		int left = reminderAfterWorkingDays;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return at.with(day).toInstant();
	}

	public Instant alertCallerFrom(LocalDateTime meetingStarts) {
		return meetingStarts.atZone(zone).minus(alertCallerBefore).toInstant();
	}

	public static boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !daysOff(day.getYear()).contains(day);
	}

	/**
	 * Helgdagar (lag 1989:253) on weekdays that matter, and the eves that are days off in
	 * practice.
	 */
	static Set<LocalDate> daysOff(int year) {
		Set<LocalDate> days = new HashSet<>();
		for (MonthDay fixed : new MonthDay[] { MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(5, 1),
				MonthDay.of(6, 6), MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 26),
				MonthDay.of(12, 31) }) {
			days.add(fixed.atYear(year));
		}
		LocalDate easter = easterSunday(year);
		days.add(easter.minusDays(2)); // långfredagen
		days.add(easter.plusDays(1)); // annandag påsk
		days.add(easter.plusDays(39)); // Kristi himmelsfärdsdag
		LocalDate midsummerEve = LocalDate.of(year, 6, 19);
		while (midsummerEve.getDayOfWeek() != DayOfWeek.FRIDAY) {
			midsummerEve = midsummerEve.plusDays(1);
		}
		days.add(midsummerEve);
		return days;
	}

	/** The Gregorian Easter Sunday (the anonymous Gregorian algorithm). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

}
