package se.samordna.platform.internal;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import se.samordna.platform.ScheduledJobs;

/**
 * Scheduled jobs, each run by one node at a time when several run (ShedLock on
 * PostgreSQL): every {@code @Scheduled} method has a {@code @SchedulerLock}, and its
 * start-up run goes through {@link ScheduledJobs} and the same lock. With
 * {@code samordna.scheduling.enabled=false} nothing runs by itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Bean
	ScheduledJobs scheduledJobs(LockProvider lockProvider, SchedulingSettings settings) {
		return new LockedStartUpRuns(lockProvider, settings);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = SchedulingSettings.ENABLED, matchIfMissing = true)
	@EnableScheduling
	static class Schedules {

	}

}
