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
 * When a silent invitee is reminded (after a number of Swedish working days), when the
 * caller is alerted (a number of days before the meeting), and how much notice the county
 * wants a kallelse to give (a number of working days). Working days skip weekends and the
 * Swedish public holidays, plus midsommarafton, julafton and nyårsafton, which are days
 * off in practice.
 *
 * @param shortNoticeWorkingDays a meeting that begins sooner than this many working days
 * after everyone was asked is called at short notice (a warning, not a refusal)
 */
public record InvitationDeadlines(ZoneId zone, int reminderAfterWorkingDays, Duration alertCallerBefore,
		int shortNoticeWorkingDays) {

	/** The notice the county wants unless it says otherwise: a working week. */
	public static final int DEFAULT_SHORT_NOTICE_WORKING_DAYS = 5;

	public InvitationDeadlines(ZoneId zone, int reminderAfterWorkingDays, Duration alertCallerBefore) {
		this(zone, reminderAfterWorkingDays, alertCallerBefore, DEFAULT_SHORT_NOTICE_WORKING_DAYS);
	}

	/**
	 * The moment a still unanswered invitation is reminded: the same time of day, N
	 * working days after everyone was asked.
	 */
	public Instant remindAfter(Instant askedAt) {
		return workingDaysAfter(askedAt, reminderAfterWorkingDays);
	}

	/**
	 * Whether a meeting beginning at {@code meetingStarts} gives less notice than the
	 * county wants when everyone is asked at {@code askedAt}.
	 */
	public boolean isShortNotice(Instant askedAt, LocalDateTime meetingStarts) {
		return meetingStarts.atZone(zone).toInstant().isBefore(workingDaysAfter(askedAt, shortNoticeWorkingDays));
	}

	private Instant workingDaysAfter(Instant from, int workingDays) {
		ZonedDateTime at = from.atZone(zone);
		LocalDate day = at.toLocalDate();
		int left = workingDays;
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
