package se.samordna.notifications.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.samordna.directory.Directory;
import se.samordna.directory.StaffAccount;
import se.samordna.meetings.CancelCause;
import se.samordna.meetings.MeetingEvents.CallerAlerted;
import se.samordna.meetings.MeetingEvents.InvitationAnswered;
import se.samordna.meetings.MeetingEvents.InvitationReminderDue;
import se.samordna.meetings.MeetingEvents.MeetingCalled;
import se.samordna.meetings.MeetingEvents.MeetingCancelled;
import se.samordna.meetings.MeetingEvents.MeetingRescheduled;
import se.samordna.meetings.Meetings;
import se.samordna.notifications.MailOutbox;
import se.samordna.notifications.MailOutbox.Audience;
import se.samordna.notifications.UnitInbox;

/**
 * Tells invitees and callers what happens to a meeting: an inbox message for each unit
 * and a content-free mail to each address, with the calendar file where there is one.
 * Each listener runs after the meeting's change commits, through the event publication
 * registry; the event key of every message and mail makes a redelivered event a no-op.
 */
@Component
class MeetingNotices {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Meetings meetings;

	private final UnitInbox inbox;

	private final MailOutbox mail;

	private final Directory directory;

	MeetingNotices(Meetings meetings, UnitInbox inbox, MailOutbox mail, Directory directory) {
		this.meetings = meetings;
		this.inbox = inbox;
		this.mail = mail;
		this.directory = directory;
	}

	@ApplicationModuleListener
	void on(MeetingCalled called) {
		toEveryone(called.meetingId(), called.sipId(), "MEETING_INVITATION", called.sequence(), called.at());
	}

	@ApplicationModuleListener
	void on(MeetingRescheduled rescheduled) {
		toEveryone(rescheduled.meetingId(), rescheduled.sipId(), "MEETING_RESCHEDULED", rescheduled.sequence(),
				rescheduled.at());
	}

	/**
	 * The notice names why: the caller cancelled it, or its SIP was closed or the consent
	 * withdrawn (which cancels every meeting still called).
	 */
	@ApplicationModuleListener
	void on(MeetingCancelled cancelled) {
		String kind = switch (cancelled.cause() == null ? CancelCause.CALLER : cancelled.cause()) {
			case CALLER -> "MEETING_CANCELLED";
			case SIP_CLOSED -> "MEETING_CANCELLED_SIP_CLOSED";
			case CONSENT_WITHDRAWN -> "MEETING_CANCELLED_CONSENT_WITHDRAWN";
		};
		toEveryone(cancelled.meetingId(), cancelled.sipId(), kind, cancelled.sequence(), cancelled.at());
	}

	@ApplicationModuleListener
	void on(InvitationReminderDue due) {
		Meetings.Notice notice = meetings.notice(due.meetingId());
		String key = "reminder:" + due.invitationId();
		notice.recipients().stream().filter(r -> r.invitationId().equals(due.invitationId())).forEach(recipient -> {
			if (recipient.unitId() != null) {
				inbox.file(recipient.unitId(), "INVITATION_REMINDER", due.sipId(), due.meetingId(),
						WHEN.format(notice.startsAt()), due.at(), key);
			}
			if (recipient.email() != null) {
				mail.queue(key, recipient.email(), recipient.unitId() != null ? Audience.STAFF : Audience.PERSON, null,
						null);
			}
		});
	}

	/**
	 * The caller hears each answer, except those the caller's own unit recorded (a
	 * person's answer taken by phone, say): that is no news to it.
	 */
	@ApplicationModuleListener
	void on(InvitationAnswered answered) {
		if (answered.recordedByCaller()) {
			return;
		}
		String key = "answer:" + answered.invitationId() + ":" + answered.at().toEpochMilli();
		inbox.file(answered.callerUnitId(), "INVITATION_ANSWERED", answered.sipId(), answered.meetingId(),
				answered.answer().name(), answered.at(), key);
		toCaller(answered.callerStaffId(), key);
	}

	@ApplicationModuleListener
	void on(CallerAlerted alerted) {
		String key = "alert:" + alerted.meetingId() + ":" + alerted.at().toEpochMilli();
		inbox.file(alerted.callerUnitId(), "CALLER_ALERT", alerted.sipId(), alerted.meetingId(),
				String.valueOf(alerted.unanswered()), alerted.at(), key);
		toCaller(alerted.callerStaffId(), key);
	}

	private void toEveryone(UUID meetingId, UUID sipId, String kind, int sequence, Instant at) {
		Meetings.Notice notice = meetings.notice(meetingId);
		String when = WHEN.format(notice.startsAt());
		for (Meetings.Recipient recipient : notice.recipients()) {
			String key = kind + ":" + recipient.invitationId() + ":" + sequence;
			if (recipient.unitId() != null) {
				inbox.file(recipient.unitId(), kind, sipId, meetingId, when, at, key);
			}
			if (recipient.email() != null) {
				mail.queue(key, recipient.email(), recipient.unitId() != null ? Audience.STAFF : Audience.PERSON,
						notice.calendar().map(Meetings.Calendar::ics).orElse(null),
						notice.calendar().map(Meetings.Calendar::method).orElse(null));
			}
		}
	}

	private void toCaller(UUID callerStaffId, String key) {
		directory.staff(callerStaffId)
			.map(StaffAccount::email)
			.ifPresent(address -> mail.queue(key, address, Audience.STAFF, null, null));
	}

}
