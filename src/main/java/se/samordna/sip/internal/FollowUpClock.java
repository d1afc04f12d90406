package se.samordna.sip.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.samordna.sip.Sips;

/**
 * Every hour (and at start-up), plans whose follow-up date has come are marked as due.
 */
@Component
class FollowUpClock {

	private static final Logger log = LoggerFactory.getLogger(FollowUpClock.class);

	private final Sips sips;

	FollowUpClock(Sips sips) {
		this.sips = sips;
	}

	@Scheduled(cron = "${samordna.sip.follow-up-check:0 5 * * * *}", zone = "${samordna.time-zone:Europe/Stockholm}")
	@SchedulerLock(name = "sip-follow-ups-due")
	void hourly() {
		int due = sips.markDueFollowUps();
		if (due > 0) {
			log.info("{} plan(s) now due for follow-up", due);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		hourly();
	}

}
