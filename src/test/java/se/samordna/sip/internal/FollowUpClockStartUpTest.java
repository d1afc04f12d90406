package se.samordna.sip.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samordna.platform.ScheduledJobs;

import static org.assertj.core.api.Assertions.assertThat;

/** The follow-up clock's start-up run goes through its schedule's lock. */
class FollowUpClockStartUpTest {

	@Test
	void theStartUpRunAsksForTheScheduledJobsLockInsteadOfRunningItself() {
		List<String> asked = new ArrayList<>();
		// a lock held elsewhere: the job must not run, so the clock needs no database
		ScheduledJobs heldElsewhere = (name, atMost, job) -> !asked.add(name);
		new FollowUpClock(null, null, Clock.systemUTC(), heldElsewhere).atStart();
		assertThat(asked).containsExactly(FollowUpClock.LOCK);
	}

}
