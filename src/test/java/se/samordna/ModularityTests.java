package se.samordna;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of DESIGN.md hold, and docs/modules is generated from the code. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(SamordnaApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation()
			.writeModuleCanvases();
	}

}
