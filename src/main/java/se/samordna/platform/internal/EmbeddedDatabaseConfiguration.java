package se.samordna.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.api.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import se.samordna.platform.DemoModeCondition;
import se.samordna.platform.DemoSettings;

/**
 * Demo mode's database: a real PostgreSQL 17 started by the application itself, so that
 * {@code ./mvnw spring-boot:run} needs nothing installed and tests run on the same
 * database as production. Only active when no datasource URL is configured and the
 * {@code prod} profile is off; see {@link DemoModeCondition}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoModeCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings) throws IOException {
		// Spring stops it (destroyMethod) after everything that uses the DataSource;
		// zonky's own
		// JVM hook would stop it concurrently, while beans still need it on their way
		// down.
		var builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
		String dataDirectory = settings.dataDirectory();
		String where = "en tillfällig katalog";
		if (dataDirectory != null && !dataDirectory.isBlank()) {
			Path directory = Path.of(dataDirectory).toAbsolutePath().normalize();
			Files.createDirectories(directory);
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
			where = directory.toString();
		}
		if (settings.port() > 0) {
			builder.setPort(settings.port());
		}
		EmbeddedPostgres postgres = builder.start();
		log.warn("""

				************************************************************************
				  DEMOLÄGE: inbäddad PostgreSQL i {} med demodata och
				  demoinloggningar (lösenord 'demo') — inte för produktion.
				  Produktion: SPRING_PROFILES_ACTIVE=prod och SPRING_DATASOURCE_URL.
				************************************************************************""", where);
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(8);
		dataSource.setPoolName("samordna-demo");
		return dataSource;
	}

	/**
	 * Demo data is repeatable migrations that only demo mode sees: the directory always,
	 * the demo people only with the demo cast.
	 */
	@Bean
	FlywayConfigurationCustomizer demoDataLocation(DemoSettings demo) {
		return configuration -> {
			var locations = new ArrayList<>(List.of(configuration.getLocations()));
			locations.add(new Location("classpath:db/demo"));
			if (demo.cast()) {
				locations.add(new Location("classpath:db/demo-cast"));
			}
			configuration.locations(locations.toArray(Location[]::new));
		};
	}

}
