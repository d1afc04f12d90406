package se.samordna.platform.internal;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox's second chance. Modulith itself delivers again, at start-up, what a crash
 * left unfinished; this delivers again what failed (the database briefly away, a listener
 * error): at start-up, and every five minutes for failures at least five minutes old, on
 * one node only. Every listener is idempotent, so nobody is told twice.
 */
@Component
class EventResubmission {

	private final FailedEventPublications failed;

	EventResubmission(FailedEventPublications failed) {
		this.failed = failed;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ZERO));
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "${samordna.events.resubmit-interval:PT5M}")
	@SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT4M")
	void resubmit() {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ofMinutes(5)));
	}

}
