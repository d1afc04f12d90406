package se.samordna.meetings;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The meeting as an iCalendar file (RFC 5545/5546): METHOD:REQUEST with a UID that never
 * changes and the SEQUENCE of the meeting, METHOD:CANCEL once cancelled. It says
 * "SIP-möte" and where, nothing else: no name, no purpose, no invitee list. Times are
 * written in UTC, so no VTIMEZONE is needed (ical4j's offline registry would name
 * Stockholm "Europe/Berlin").
 */
public final class MeetingCalendar {

	public static final String SUMMARY = "SIP-möte";

	public static final String MEDIA_TYPE = "text/calendar";

	private MeetingCalendar() {
	}

	/**
	 * The calendar method this meeting's file carries now: REQUEST, or CANCEL once
	 * cancelled.
	 */
	public static String method(Meeting meeting) {
		return meeting.status() == MeetingStatus.CANCELLED ? "CANCEL" : "REQUEST";
	}

	/**
	 * @param organizer the service's own no-reply address: RFC 5546 requires an
	 * ORGANIZER, and it must not be a person
	 */
	public static String ics(Meeting meeting, ZoneId zone, String organizer, Instant now) {
		MeetingTime time = meeting.time();
		Instant start = time.startsAt().atZone(zone).toInstant();
		Instant end = time.endsAt().atZone(zone).toInstant();
		VEvent event = new VEvent(start, end, SUMMARY);
		event.replace(new DtStamp(now));
		event.add(new Uid(meeting.id() + "@samordna"));
		event.add(new Sequence(meeting.sequence()));
		event.add(new Organizer(URI.create("mailto:" + organizer)));
		String where = time.place() != null ? time.place() : time.videoLink();
		if (where != null) {
			event.add(new Location(where));
		}
		if (time.videoLink() != null) {
			event.add(new Url(URI.create(time.videoLink())));
		}
		boolean cancelled = meeting.status() == MeetingStatus.CANCELLED;
		event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Samordna//SIP//SV"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
		calendar.add(event);
		return calendar.toString();
	}

}
