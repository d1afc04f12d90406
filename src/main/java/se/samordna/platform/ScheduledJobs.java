package se.samordna.platform;

import java.time.Duration;

/**
 * Runs a scheduled job once at start-up the way its schedule runs it: under its named
 * ShedLock lock, so that when several nodes start together only one of them runs it, and
 * not at all when scheduling is switched off ({@code samordna.scheduling.enabled=false},
 * as in the tests, which call a job when they need it).
 * <p>
 * A job's {@code @EventListener(ApplicationReadyEvent.class)} calls this instead of the
 * job itself; a direct call would skip the lock that {@code @SchedulerLock} only takes
 * around calls from the scheduler.
 */
public interface ScheduledJobs {

	/**
	 * @param lockName the lock the job's {@code @SchedulerLock} names, so that the
	 * start-up run and the scheduled runs exclude each other across nodes
	 * @param lockAtMostFor how long a node that dies in the job keeps the others out
	 * @return whether the job ran on this node: false when scheduling is off or another
	 * node holds the lock
	 */
	boolean runAtStartUp(String lockName, Duration lockAtMostFor, Runnable job);

}
