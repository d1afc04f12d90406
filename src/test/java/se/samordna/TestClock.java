package se.samordna;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock in Stockholm, which a deadline test can move forward (and must move
 * back), or back for data with a history. Registered for every {@link IntegrationTest}.
 */
public class TestClock extends Clock {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private volatile Duration offset = Duration.ZERO;

	public void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	/**
	 * Does something as if it happened {@code ago} before now, then moves the clock back
	 * to where it was: for data with a history (a plan confirmed a month ago) without
	 * moving anyone else's time forward.
	 */
	public <T> T inThePast(Duration ago, Supplier<T> work) {
		advance(ago.negated());
		try {
			return work.get();
		}
		finally {
			advance(ago);
		}
	}

	@Override
	public ZoneId getZone() {
		return STOCKHOLM;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), offset);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
