package se.samordna.meetings;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

import se.samordna.platform.FieldRefusal;

/**
 * When and where: local time in Stockholm, a length, and a place, a video link or both.
 */
public record MeetingTime(LocalDateTime startsAt, int minutes, @Nullable String place, @Nullable String videoLink) {

	public static final int SHORTEST = 15;

	public static final int LONGEST = 8 * 60;

	/**
	 * @throws FieldRefusal on a length outside 15 minutes to 8 hours, with neither place
	 * nor link, or with a link that is not an https address
	 */
	public static MeetingTime of(LocalDateTime startsAt, int minutes, @Nullable String place,
			@Nullable String videoLink) {
		if (minutes < SHORTEST || minutes > LONGEST) {
			throw new FieldRefusal("minutes", "meetings.time.minutes", "meeting length " + minutes);
		}
		String where = blankToNull(place);
		String link = blankToNull(videoLink);
		if (where == null && link == null) {
			throw new FieldRefusal("place", "meetings.time.placeOrLink", "neither place nor link");
		}
		if (link != null && !isHttps(link)) {
			throw new FieldRefusal("videoLink", "meetings.time.link", "video link not https");
		}
		return new MeetingTime(startsAt, minutes, where, link);
	}

	public LocalDateTime endsAt() {
		return startsAt.plusMinutes(minutes);
	}

	public ZonedDateTime startsAt(ZoneId zone) {
		return startsAt.atZone(zone);
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
