package se.samordna;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of DESIGN.md hold, and docs/modules is what the code says: the
 * documentation is generated into target/, made deterministic, and compared with the
 * committed copy. After a change of the modules, update the copy with
 * {@code ./mvnw test -Dtest=ModularityTests -Dmodules.docs.update=true}.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(SamordnaApplication.class);

	static final Path COMMITTED = Path.of("docs/modules");

	static final Path GENERATED = Path.of("target/modules-docs");

	static final String UPDATE = "modules.docs.update";

	@Test
	void verifiesModuleBoundaries() {
		MODULES.verify();
	}

	@Test
	void docsModulesIsWhatTheCodeSays() throws IOException {
		FileSystemUtils.deleteRecursively(GENERATED);
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeDocumentation()
			.writeModuleCanvases();
		TreeMap<String, String> generated = deterministic(GENERATED);
		assertThat(generated).containsKey("components.puml");
		if (Boolean.getBoolean(UPDATE)) {
			FileSystemUtils.deleteRecursively(COMMITTED);
			Files.createDirectories(COMMITTED);
			for (String name : generated.keySet()) {
				Files.copy(GENERATED.resolve(name), COMMITTED.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		assertThat(files(COMMITTED))
			.as("docs/modules differs from the modules in the code; if the change is meant, update it with "
					+ "./mvnw test -Dtest=ModularityTests -D" + UPDATE + "=true and commit docs/modules")
			.isEqualTo(generated);
	}

	/** Rewrites each generated file into a stable form and returns them all by name. */
	static TreeMap<String, String> deterministic(Path folder) throws IOException {
		TreeMap<String, String> files = files(folder);
		for (var file : files.entrySet()) {
			String stable = String.join("\n", stable(file.getValue().lines().toList())) + "\n";
			Files.writeString(folder.resolve(file.getKey()), stable);
			file.setValue(stable);
		}
		return files;
	}

	static TreeMap<String, String> files(Path folder) throws IOException {
		TreeMap<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.list(folder)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(path.getFileName().toString(), Files.readString(path));
			}
		}
		return files;
	}

	/**
	 * The generator lists relations, and the items of a canvas's lists (the first of them
	 * opening a table cell with {@code |}, a long one continued after a {@code +} line),
	 * in no fixed order; sorting each run of them keeps the committed docs stable.
	 */
	static List<String> stable(List<String> lines) {
		List<String> result = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String kind = null;
		boolean opensCell = false;
		boolean continued = false;
		for (String line : lines) {
			boolean relation = line.startsWith("Rel(");
			boolean item = line.startsWith("* ") || line.startsWith("|* ");
			if ("item".equals(kind) && (line.equals("+")
					|| continued && !item && !line.isEmpty() && !line.startsWith("|") && !line.startsWith("_"))) {
				run.set(run.size() - 1, run.get(run.size() - 1) + "\n" + line);
				continued = true;
				continue;
			}
			continued = false;
			if (relation && "relation".equals(kind) || line.startsWith("* ") && "item".equals(kind)) {
				run.add(line);
				continue;
			}
			flush(run, opensCell, result);
			kind = relation ? "relation" : item ? "item" : null;
			opensCell = line.startsWith("|* ");
			if (kind != null) {
				run.add(opensCell ? line.substring(1) : line);
			}
			else {
				result.add(line);
			}
		}
		flush(run, opensCell, result);
		return result;
	}

	private static void flush(List<String> run, boolean opensCell, List<String> result) {
		run.sort(null);
		if (opensCell && !run.isEmpty()) {
			run.set(0, "|" + run.get(0));
		}
		run.forEach(entry -> result.addAll(List.of(entry.split("\n"))));
		run.clear();
	}

}
