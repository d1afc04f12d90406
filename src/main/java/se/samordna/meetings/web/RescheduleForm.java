package se.samordna.meetings.web;

import se.samordna.meetings.Meeting;

/** A new time or place for a called meeting. */
public class RescheduleForm extends MeetingTimeForm {

	private long version;

	static RescheduleForm of(Meeting meeting) {
		var form = new RescheduleForm();
		form.setDate(meeting.time().startsAt().toLocalDate());
		form.setTime(meeting.time().startsAt().toLocalTime());
		form.setMinutes(meeting.time().minutes());
		form.setPlace(meeting.time().place() == null ? "" : meeting.time().place());
		form.setVideoLink(meeting.time().videoLink() == null ? "" : meeting.time().videoLink());
		form.version = meeting.version();
		return form;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
