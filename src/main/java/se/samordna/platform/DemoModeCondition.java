package se.samordna.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches in demo mode: no datasource URL is configured and the {@code prod} profile is
 * off. Modules put {@code @Conditional(DemoModeCondition.class)} on what only demo mode
 * may have (demo data, demo log-ins); production never gets it.
 */
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
