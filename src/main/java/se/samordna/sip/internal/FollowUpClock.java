package se.samordna.sip.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.platform.ScheduledJobs;
import se.samordna.sip.Sip;

/**
 * Every hour (and at start-up), plans whose follow-up date has come are marked as due.
 */
@Component
public class FollowUpClock {

	private static final Logger log = LoggerFactory.getLogger(FollowUpClock.class);

	static final String LOCK = "sip-follow-ups-due";

	private final SipRepository sips;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ScheduledJobs jobs;

	FollowUpClock(SipRepository sips, JdbcClient jdbc, Clock clock, ScheduledJobs jobs) {
		this.sips = sips;
		this.jdbc = jdbc;
		this.clock = clock;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${samordna.sip.follow-up-check:0 5 * * * *}", zone = "${samordna.time-zone:Europe/Stockholm}")
	@SchedulerLock(name = LOCK)
	void hourly() {
		int due = markDueFollowUps();
		if (due > 0) {
			log.info("{} plan(s) now due for follow-up", due);
		}
	}

	/** Under the schedule's lock: a direct call would skip it. */
	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		jobs.runAtStartUp(LOCK, Duration.ofMinutes(10), this::hourly);
	}

	/**
	 * Moves every plan whose follow-up date has come to FOLLOW_UP_DUE. No user, so no
	 * access check: it reads no personal data and shows nothing.
	 * @return how many plans fell due
	 */
	@Transactional
	public int markDueFollowUps() {
		LocalDate today = LocalDate.now(clock);
		Instant now = Instant.now(clock);
		List<UUID> due = jdbc.sql("select id from sip where status = 'PLAN_ACTIVE' and next_follow_up <= ?")
			.param(today)
			.query(UUID.class)
			.list();
		int count = 0;
		for (Sip sip : sips.findAllById(due)) {
			if (sip.followUpFallsDue(today, now)) {
				sips.save(sip);
				count++;
			}
		}
		return count;
	}

}
