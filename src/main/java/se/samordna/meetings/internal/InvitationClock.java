package se.samordna.meetings.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.samordna.meetings.Meetings;

/**
 * Every quarter of an hour, on one node only (ShedLock): reminds silent invitees and
 * alerts callers. Nobody has to look for unanswered invitations.
 */
@Component
class InvitationClock {

	private static final Logger log = LoggerFactory.getLogger(InvitationClock.class);

	private final Meetings meetings;

	InvitationClock(Meetings meetings) {
		this.meetings = meetings;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${samordna.meetings.reminder-interval:PT15M}")
	@SchedulerLock(name = "invitation-reminders", lockAtMostFor = "PT10M")
	void remind() {
		int meetingsWithNotices = meetings.sendReminders();
		if (meetingsWithNotices > 0) {
			log.info("{} meeting(s) sent reminders or alerts", meetingsWithNotices);
		}
	}

}
