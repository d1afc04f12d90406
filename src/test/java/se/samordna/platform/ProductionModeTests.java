package se.samordna.platform;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

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

}
