package se.samordna.meetings.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import se.samordna.meetings.MeetingTime;

/** When and where a meeting is, as the kallelse and the change of time both ask it. */
public class MeetingTimeForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private @Nullable LocalTime time;

	@NotNull
	@Min(MeetingTime.SHORTEST)
	@Max(MeetingTime.LONGEST)
	private @Nullable Integer minutes;

	@Size(max = 300)
	private String place = "";

	@Size(max = 500)
	private String videoLink = "";

	/** Called once the annotations hold, so date, time and minutes are there. */
	MeetingTime toTime() {
		return MeetingTime.of(date.atTime(time), minutes, place, videoLink);
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
