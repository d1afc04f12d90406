package se.samordna.platform.internal;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.samordna.platform.ScheduledJobs;

/**
 * The outbox's second chance. Modulith itself delivers again, at start-up, what a crash
 * left unfinished; this delivers again what failed (the database briefly away, a listener
 * error): at start-up, and every five minutes for failures at least five minutes old, on
 * one node only (both under the same lock). Every listener is idempotent, so nobody is
 * told twice.
 */
@Component
class EventResubmission {

	static final String LOCK = "event-resubmission";

	private final FailedEventPublications failed;

	private final ScheduledJobs jobs;

	EventResubmission(FailedEventPublications failed, ScheduledJobs jobs) {
		this.failed = failed;
		this.jobs = jobs;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		jobs.runAtStartUp(LOCK, Duration.ofMinutes(4),
				() -> failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ZERO)));
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "${samordna.events.resubmit-interval:PT5M}")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT4M")
	void resubmit() {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ofMinutes(5)));
	}

}
