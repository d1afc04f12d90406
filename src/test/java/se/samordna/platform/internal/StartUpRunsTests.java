package se.samordna.platform.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import se.samordna.IntegrationTest;
import se.samordna.platform.ScheduledJobs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job's start-up run takes the job's ShedLock lock like its scheduled runs, and in the
 * tests no job runs by itself.
 */
@IntegrationTest
class StartUpRunsTests {

	@Autowired
	LockProvider locks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScheduledJobs jobs;

	@Autowired
	ApplicationContext context;

	final ScheduledJobs enabled() {
		return new LockedStartUpRuns(locks, new SchedulingSettings(true));
	}

	static String lockName() {
		return "test-" + UUID.randomUUID();
	}

	void heldByAnotherNode(String lockName) {
		jdbc.sql("""
				insert into shedlock (name, lock_until, locked_at, locked_by)
				values (?, timezone('utc', now()) + interval '1 hour', timezone('utc', now()), 'node-2')""")
			.param(lockName)
			.update();
	}

	boolean heldNow(String lockName) {
		return jdbc.sql("select count(*) from shedlock where name = ? and lock_until > timezone('utc', now())")
			.param(lockName)
			.query(Long.class)
			.single() == 1;
	}

	@Test
	void aStartUpRunIsSkippedWhileAnotherNodeHoldsTheJobsLock() {
		String lock = lockName();
		heldByAnotherNode(lock);
		var runs = new AtomicInteger();

		assertThat(enabled().runAtStartUp(lock, Duration.ofMinutes(5), runs::incrementAndGet)).isFalse();
		assertThat(runs).hasValue(0);
	}

	@Test
	void aStartUpRunHoldsTheJobsLockWhileItRunsAndLetsGoAfterwards() {
		String lock = lockName();
		List<Boolean> heldDuringTheRun = new ArrayList<>();

		assertThat(enabled().runAtStartUp(lock, Duration.ofMinutes(5), () -> heldDuringTheRun.add(heldNow(lock))))
			.isTrue();
		assertThat(heldDuringTheRun).containsExactly(true);
		assertThat(heldNow(lock)).isFalse();
	}

	@Test
	void theOutboxsStartUpRunSkipsWhileItsLockIsHeld() {
		var asked = new ArrayList<String>();
		ScheduledJobs recorder = (name, atMost, job) -> !asked.add(name);
		new EventResubmission(context.getBean(FailedEventPublications.class), recorder).atStart();
		assertThat(asked).containsExactly(EventResubmission.LOCK);
	}

	@Test
	void inTheTestsNoJobRunsByItself() {
		var runs = new AtomicInteger();
		assertThat(jobs.runAtStartUp(lockName(), Duration.ofMinutes(5), runs::incrementAndGet)).isFalse();
		assertThat(runs).hasValue(0);
		assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values())
			.allSatisfy(holder -> assertThat(holder.getScheduledTasks()).isEmpty());
	}

}
