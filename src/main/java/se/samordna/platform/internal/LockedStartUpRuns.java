package se.samordna.platform.internal;

import java.time.Duration;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import se.samordna.platform.ScheduledJobs;

/**
 * Start-up runs through ShedLock's {@link LockingTaskExecutor}: the same lock table and
 * lock names as the {@code @SchedulerLock} schedules.
 */
class LockedStartUpRuns implements ScheduledJobs {

	private final LockingTaskExecutor executor;

	private final SchedulingSettings settings;

	LockedStartUpRuns(LockProvider locks, SchedulingSettings settings) {
		this.executor = new DefaultLockingTaskExecutor(locks);
		this.settings = settings;
	}

	@Override
	public boolean runAtStartUp(String lockName, Duration lockAtMostFor, Runnable job) {
		if (!settings.enabled()) {
			return false;
		}
		var lock = new LockConfiguration(ClockProvider.now(), lockName, lockAtMostFor, Duration.ZERO);
		try {
			return executor.executeWithLock(() -> {
				job.run();
				return Boolean.TRUE;
			}, lock).wasExecuted();
		}
		catch (RuntimeException | Error e) {
			throw e;
		}
		catch (Throwable e) {
			throw new IllegalStateException("start-up run of " + lockName + " failed", e);
		}
	}

}
