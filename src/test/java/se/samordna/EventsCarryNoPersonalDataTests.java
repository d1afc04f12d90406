package se.samordna;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.NamedInterface;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are kept in the event publication registry and read by statistics and
 * notifications: they carry ids, codes, counts and times, never anything about a person.
 * The events are found, not listed: every record of an {@code …Events} class, every type
 * of a {@code @NamedInterface("events")}, and everything the code publishes with
 * {@code registerEvent(new …)} or {@code publishEvent(new …)}.
 */
class EventsCarryNoPersonalDataTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("se.samordna");

	static final Path SOURCES = Path.of("src/main/java");

	/** Words a component about a person would be named with. */
	static final Pattern PERSONAL = Pattern.compile(
			"(?i).*(name|personnummer|personal|identity|address|street|postal|city|mail|phone|text|note|comment|message|words|description|free).*");

	static final Pattern PUBLISHED = Pattern.compile("(?:registerEvent|publishEvent)\\(\\s*new\\s+([\\w.]+)\\s*[(<]");

	static Set<Class<?>> events() throws IOException {
		Set<Class<?>> events = new java.util.LinkedHashSet<>();
		for (JavaClass type : CLASSES) {
			Class<?> reflected = type.reflect();
			if (reflected.getSimpleName().endsWith("Events")) {
				Stream.of(reflected.getDeclaredClasses()).filter(Class::isRecord).forEach(events::add);
			}
			NamedInterface named = reflected.getAnnotation(NamedInterface.class);
			if (named != null && List.of(named.value()).contains("events") && !reflected.isEnum()
					&& !reflected.getSimpleName().endsWith("Events")) {
				events.add(reflected);
			}
		}
		events.addAll(published());
		return events;
	}

	/**
	 * What the code creates inside a {@code registerEvent} or {@code publishEvent} call.
	 */
	static Set<Class<?>> published() throws IOException {
		Map<String, List<JavaClass>> bySimpleName = CLASSES.stream()
			.collect(Collectors.groupingBy(JavaClass::getSimpleName));
		Set<Class<?>> published = new java.util.LinkedHashSet<>();
		List<String> unresolved = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path source : files.filter(file -> file.toString().endsWith(".java")).toList()) {
				Matcher call = PUBLISHED.matcher(Files.readString(source));
				while (call.find()) {
					String name = call.group(1).substring(call.group(1).lastIndexOf('.') + 1);
					List<JavaClass> candidates = bySimpleName.getOrDefault(name, List.of());
					if (candidates.size() == 1) {
						published.add(candidates.get(0).reflect());
					}
					else {
						unresolved.add(source.getFileName() + ": " + call.group(1));
					}
				}
			}
		}
		assertThat(unresolved).as("published events whose type is not one main class").isEmpty();
		return published;
	}

	@Test
	void everyEventOfEveryModuleCarriesIdsCodesCountsAndTimesOnly() throws IOException {
		Set<Class<?>> events = events();
		List<String> personal = new ArrayList<>();
		for (Class<?> event : events) {
			check(event, event.getSimpleName(), personal);
		}
		assertThat(personal).as("event components that could carry personal data").isEmpty();
	}

	@Test
	void theScanFindsTheEventsOfBothPublishingModules() throws IOException {
		Set<String> found = events().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
		assertThat(found).contains("se.samordna.sip.SipEvents$SipStarted", "se.samordna.sip.SipEvents$SipClosed",
				"se.samordna.meetings.MeetingEvents$MeetingCalled", "se.samordna.meetings.MeetingEvents$MeetingHeld");
		assertThat(published()).hasSizeGreaterThan(10);
	}

	@Test
	void aComponentNamedOrTypedForAPersonIsCaught() {
		record Leaky(UUID sipId, String givenName, se.samordna.people.Personnummer personnummer, int count) {
		}
		List<String> personal = new ArrayList<>();
		check(Leaky.class, "Leaky", personal);
		assertThat(personal).hasSize(2);
	}

	static void check(Class<?> event, String path, List<String> personal) {
		if (!event.isRecord()) {
			personal.add(path + " is not a record of ids and codes");
			return;
		}
		for (RecordComponent component : event.getRecordComponents()) {
			String where = path + "." + component.getName() + " (" + component.getGenericType().getTypeName() + ")";
			if (PERSONAL.matcher(component.getName()).matches()
					|| !harmless(component.getGenericType(), personal, where)) {
				personal.add(where);
			}
		}
	}

	/** Ids, codes, counts, times, and collections or records of them. */
	static boolean harmless(Type type, List<String> personal, String where) {
		if (type instanceof ParameterizedType parameterized) {
			Class<?> raw = (Class<?>) parameterized.getRawType();
			boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
					|| raw == Optional.class;
			return container && Stream.of(parameterized.getActualTypeArguments())
				.allMatch(argument -> harmless(argument, personal, where));
		}
		if (type instanceof WildcardType wildcard) {
			return Stream.of(wildcard.getUpperBounds()).allMatch(bound -> harmless(bound, personal, where));
		}
		if (!(type instanceof Class<?> plain)) {
			return false;
		}
		if (plain.isRecord()) {
			int before = personal.size();
			check(plain, where, personal);
			return personal.size() == before;
		}
		return plain == UUID.class || plain.isEnum() || plain.isPrimitive() || Number.class.isAssignableFrom(plain)
				|| plain == Boolean.class || Temporal.class.isAssignableFrom(plain)
				|| TemporalAmount.class.isAssignableFrom(plain);
	}

}
