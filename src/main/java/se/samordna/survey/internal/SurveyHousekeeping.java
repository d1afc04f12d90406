package se.samordna.survey.internal;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once an hour, on one node: offers and codes past their time are deleted, so none
 * lingers to be matched.
 */
@Component
class SurveyHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(SurveyHousekeeping.class);

	private final SurveyStore store;

	private final Clock clock;

	SurveyHousekeeping(SurveyStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT1H")
	@SchedulerLock(name = "survey-housekeeping", lockAtMostFor = "PT10M")
	@Transactional
	void deleteExpired() {
		int deleted = store.deleteExpired(clock.instant());
		if (deleted > 0) {
			log.info("{} expired survey offer(s) or code(s) deleted", deleted);
		}
	}

}
