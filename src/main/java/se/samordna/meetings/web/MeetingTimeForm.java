package se.samordna.meetings.web;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import se.samordna.meetings.MeetingTime;

/**
 * When and where a meeting is, as the kallelse and the change of time both ask it. The
 * form only binds; {@link MeetingTime.Asked} names what is wrong, every part at once.
 */
public class MeetingTimeForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private @Nullable LocalTime time;

	private @Nullable Integer minutes;

	private String place = "";

	private String videoLink = "";

	MeetingTime.Asked toTime() {
		return new MeetingTime.Asked(date, time, minutes, place, videoLink);
	}

	public @Nullable LocalDate getDate() {
		return date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public @Nullable LocalTime getTime() {
		return time;
	}

	public void setTime(@Nullable LocalTime time) {
		this.time = time;
	}

	public @Nullable Integer getMinutes() {
		return minutes;
	}

	public void setMinutes(@Nullable Integer minutes) {
		this.minutes = minutes;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getVideoLink() {
		return videoLink;
	}

	public void setVideoLink(String videoLink) {
		this.videoLink = videoLink;
	}

}
