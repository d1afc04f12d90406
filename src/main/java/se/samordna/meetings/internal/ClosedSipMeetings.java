package se.samordna.meetings.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.samordna.meetings.Meetings;
import se.samordna.sip.SipEvents.SipClosed;

/**
 * When a SIP closes (by its coordinator, or because the consent was withdrawn), its
 * meetings still called are cancelled and their invitees told once. Runs after the
 * closing commits, through the event publication registry, so a crash in between loses
 * nothing; a second delivery cancels nothing more.
 */
@Component
class ClosedSipMeetings {

	private final Meetings meetings;

	ClosedSipMeetings(Meetings meetings) {
		this.meetings = meetings;
	}

	@ApplicationModuleListener
	void on(SipClosed closed) {
		meetings.cancelBecauseSipClosed(closed.sipId(), closed.reason());
	}

}
