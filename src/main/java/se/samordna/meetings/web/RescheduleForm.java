package se.samordna.meetings.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingTime;

/** A new time or place for a called meeting. */
public class RescheduleForm {

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

	private long version;

	static RescheduleForm of(Meeting meeting) {
		var form = new RescheduleForm();
		form.date = meeting.time().startsAt().toLocalDate();
		form.time = meeting.time().startsAt().toLocalTime();
		form.minutes = meeting.time().minutes();
		form.place = meeting.time().place() == null ? "" : meeting.time().place();
		form.videoLink = meeting.time().videoLink() == null ? "" : meeting.time().videoLink();
		form.version = meeting.version();
		return form;
	}

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

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
