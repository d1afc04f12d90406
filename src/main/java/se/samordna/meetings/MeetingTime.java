package se.samordna.meetings;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.samordna.platform.FieldRefusal;
import se.samordna.platform.FieldRefusals;

/**
 * When and where: local time in Stockholm, a length, and a place, a video link or both.
 */
public record MeetingTime(LocalDateTime startsAt, int minutes, @Nullable String place, @Nullable String videoLink) {

	public static final int SHORTEST = 15;

	public static final int LONGEST = 8 * 60;

	public static final int PLACE_LENGTH = 300;

	public static final int LINK_LENGTH = 500;

	/**
	 * @throws FieldRefusals (or one {@link FieldRefusal}) on a length outside 15 minutes
	 * to 8 hours, with neither place nor link, or with a link that is not an https
	 * address: every problem at once
	 */
	public static MeetingTime of(LocalDateTime startsAt, int minutes, @Nullable String place,
			@Nullable String videoLink) {
		Asked asked = new Asked(startsAt.toLocalDate(), startsAt.toLocalTime(), minutes, place, videoLink);
		FieldRefusals.throwIfAny(asked.problems(null));
		return asked.toTime();
	}

	public LocalDateTime endsAt() {
		return startsAt.plusMinutes(minutes);
	}

	public ZonedDateTime startsAt(ZoneId zone) {
		return startsAt.atZone(zone);
	}

	/** Whether the meeting starts or ends at another moment than before. */
	boolean movesFrom(MeetingTime earlier) {
		return !startsAt.equals(earlier.startsAt) || minutes != earlier.minutes;
	}

	/**
	 * A time as a form asks it, where any part may be missing. {@link #problems} names
	 * every problem with its field (date, time, minutes, place, videoLink), so that a
	 * form shows them all at once.
	 */
	public record Asked(@Nullable LocalDate date, @Nullable LocalTime time, @Nullable Integer minutes,
			@Nullable String place, @Nullable String videoLink) {

		public static Asked of(MeetingTime time) {
			return new Asked(time.startsAt().toLocalDate(), time.startsAt().toLocalTime(), time.minutes(), time.place(),
					time.videoLink());
		}

		/**
		 * @param now the present in Stockholm, when the time must lie ahead; null to
		 * check the time alone
		 */
		List<FieldRefusal> problems(@Nullable LocalDateTime now) {
			List<FieldRefusal> problems = new ArrayList<>();
			if (date == null) {
				problems.add(new FieldRefusal("date", "meetings.date.required", "no date"));
			}
			if (time == null) {
				problems.add(new FieldRefusal("time", "meetings.clock.required", "no time of day"));
			}
			if (date != null && time != null && now != null && !date.atTime(time).isAfter(now)) {
				problems.add(new FieldRefusal("date", "meetings.time.future", "meeting in the past"));
			}
			if (minutes == null || minutes < SHORTEST || minutes > LONGEST) {
				problems.add(new FieldRefusal("minutes", "meetings.time.minutes", "meeting length " + minutes));
			}
			String where = blankToNull(place);
			String link = blankToNull(videoLink);
			if (where == null && link == null) {
				problems.add(new FieldRefusal("place", "meetings.time.placeOrLink", "neither place nor link"));
			}
			if (where != null && where.length() > PLACE_LENGTH) {
				problems.add(new FieldRefusal("place", "meetings.place.tooLong", "place too long"));
			}
			if (link != null && (link.length() > LINK_LENGTH || !isHttps(link))) {
				problems.add(new FieldRefusal("videoLink", "meetings.time.link", "video link not https"));
			}
			return problems;
		}

		/** The time, once {@link #problems} found none. */
		MeetingTime toTime() {
			if (date == null || time == null || minutes == null) {
				throw new IllegalStateException("a time with parts missing");
			}
			return new MeetingTime(date.atTime(time), minutes, blankToNull(place), blankToNull(videoLink));
		}

	}

	private static boolean isHttps(String link) {
		try {
			URI uri = new URI(link);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
		}
		catch (Exception e) {
			return false;
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
