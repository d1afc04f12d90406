package se.samordna.notifications.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.samordna.notifications.UnitInbox;
import se.samordna.sip.SipEvents.SipClosed;

/**
 * When a SIP closes (by the coordinator, or because consent was withdrawn), every unit
 * involved is told. Runs after the closing commits, through the event publication
 * registry, so a crash in between loses nothing.
 */
@Component
class SipClosings {

	static final String KIND = "SIP_CLOSED";

	private final UnitInbox inbox;

	SipClosings(UnitInbox inbox) {
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(SipClosed closed) {
		closed.involvedUnits()
			.forEach(unit -> inbox.file(unit, KIND, closed.sipId(), closed.reason().name(), closed.at()));
	}

}
