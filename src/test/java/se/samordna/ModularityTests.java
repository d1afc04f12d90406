package se.samordna;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of DESIGN.md hold, and docs/modules is generated from the code.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(SamordnaApplication.class);

	static final Path DOCS = Path.of("docs/modules");

	@Test
	void verifiesModuleBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation()
			.writeModuleCanvases();
		try (Stream<Path> diagrams = Files.list(DOCS)) {
			for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, withRelationsSorted(Files.readAllLines(diagram)));
			}
		}
		assertThat(DOCS.resolve("components.puml")).exists();
	}

	/**
	 * The generator lists relations in no fixed order; sorting them keeps the committed
	 * docs stable.
	 */
	static List<String> withRelationsSorted(List<String> lines) {
		List<String> result = new ArrayList<>();
		List<String> relations = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("Rel(")) {
				relations.add(line);
				continue;
			}
			relations.sort(null);
			result.addAll(relations);
			relations.clear();
			result.add(line);
		}
		relations.sort(null);
		result.addAll(relations);
		return result;
	}

}
