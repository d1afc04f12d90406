package se.samordna.portal.web;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.stereotype.Component;

/**
 * Dates and times for the individual's pages, as {@code yyyy-MM-dd} and {@code HH:mm},
 * each set apart with Unicode isolates so that Arabic and Persian sentences do not turn
 * "2026-10-09" into "10-09-2026" around it. Invisible in left-to-right text.
 */
@Component("portalDates")
class PortalDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	public String day(TemporalAccessor value) {
		return isolated(DAY.format(value));
	}

	public String time(TemporalAccessor value) {
		return isolated(TIME.format(value));
	}

	public String dayAndTime(TemporalAccessor value) {
		return isolated(DAY_AND_TIME.format(value));
	}

	/** First strong isolate … pop directional isolate. */
	private static String isolated(String text) {
		return "\u2068" + text + "\u2069";
	}

}
