package se.samordna.platform.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import se.samordna.platform.SamordnaMode;
import se.samordna.platform.DemoModeCondition;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	/** Every rule reads time from here, so tests can move it. */
	@Bean
	Clock clock(@Value("${samordna.time-zone:Europe/Stockholm}") ZoneId zone) {
		return Clock.system(zone);
	}

	@Bean
	SamordnaMode samordnaMode(Environment environment) {
		return new SamordnaMode(DemoModeCondition.isDemo(environment));
	}

}
