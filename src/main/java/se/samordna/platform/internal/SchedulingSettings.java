package se.samordna.platform.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled jobs (reminders, follow-up dates, mail, the outbox's second chance).
 *
 * @param enabled whether jobs run by themselves, on their schedule and once at start-up;
 * the tests switch it off and call a job when they need it
 */
@ConfigurationProperties("samordna.scheduling")
public record SchedulingSettings(@DefaultValue("true") boolean enabled) {

	static final String ENABLED = "samordna.scheduling.enabled";

}
