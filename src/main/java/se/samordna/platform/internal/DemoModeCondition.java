package se.samordna.platform.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import se.samordna.platform.SamordnaMode;

/** Matches when no datasource URL is configured and the {@code prod} profile is off. */
public class DemoModeCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isDemo(context.getEnvironment());
	}

	public static boolean isDemo(Environment environment) {
		String url = environment.getProperty(SamordnaMode.DATASOURCE_URL);
		return (url == null || url.isBlank()) && !environment.matchesProfiles(SamordnaMode.PRODUCTION_PROFILE);
	}

}
