package se.samordna.platform;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.io.DefaultResourceLoader;

import se.samordna.SamordnaApplication;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Production never falls back to the embedded database or to demo log-ins. */
class ProductionModeTests {

	@Test
	void theProdProfileRefusesToStartWithoutADatasource() {
		assertThatThrownBy(
				() -> new SpringApplicationBuilder(SamordnaApplication.class).profiles("prod").run("--server.port=0"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("SPRING_DATASOURCE_URL")
			.hasMessageContaining("Samordna startar inte");
	}

	@Test
	void theProdProfileRefusesToStartWithoutStaffLogInThroughOidc() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(SamordnaApplication.class).profiles("prod")
			.run("--server.port=0", "--spring.datasource.url=jdbc:postgresql://localhost:1/samordna"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("client-id")
			.hasMessageContaining("issuer-uri");
	}

	@Test
	void aDatasourceWithoutTheProdProfileStillNeedsOidcBecauseThereAreNoDemoLogIns() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(SamordnaApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://localhost:1/samordna"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("client-id");
	}

	/**
	 * The built jar leaves the embedded PostgreSQL out (it is for ./mvnw spring-boot:run
	 * and the tests): started there without a datasource, it says what to do instead of
	 * failing on a missing class.
	 */
	@Test
	void withoutTheEmbeddedDatabaseAndWithoutADatasourceItSaysWhatToSet() {
		var withoutEmbeddedPostgres = new DefaultResourceLoader(
				new FilteredClassLoader("io.zonky.test.db.postgres.embedded"));
		assertThatThrownBy(
				() -> new SpringApplicationBuilder(SamordnaApplication.class).resourceLoader(withoutEmbeddedPostgres)
					.run("--server.port=0"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Samordna startar inte")
			.hasMessageContaining("SPRING_DATASOURCE_URL")
			.hasMessageContaining("./mvnw spring-boot:run");
	}

}
