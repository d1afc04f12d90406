package se.samordna.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user sees comes from the bundles, in Swedish and English: the bundles have
 * the same keys, every key a template names exists, and no template holds literal text.
 */
class MessageBundlesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path JAVA = Path.of("src/main/java");

	static final List<String> BUNDLES = List.of("layout", "directory", "people", "access", "sip", "meetings",
			"notifications", "portal", "documents", "survey", "statistics");

	/** The individual's pages speak seven languages; lättläst is a variant of Swedish. */
	static final List<String> PORTAL_LANGUAGES = List.of("portal_en", "portal_sv__lattlast", "portal_ar", "portal_fa",
			"portal_so", "portal_fi");

	static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n", name + ".properties"))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	static Set<String> allKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		for (String bundle : BUNDLES) {
			keys.addAll(load(bundle).stringPropertyNames());
		}
		return keys;
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).toList();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "layout", "directory", "people", "access", "sip", "meetings", "notifications", "portal",
			"documents", "survey", "statistics" })
	void swedishAndEnglishHaveTheSameKeys(String bundle) throws IOException {
		Properties swedish = load(bundle);
		Properties english = load(bundle + "_en");
		assertThat(english.stringPropertyNames()).as("keys in %s_en", bundle)
			.containsExactlyInAnyOrderElementsOf(swedish.stringPropertyNames());
		swedish.stringPropertyNames()
			.forEach(key -> assertThat(swedish.getProperty(key)).as("Swedish %s", key).isNotBlank());
		english.stringPropertyNames()
			.forEach(key -> assertThat(english.getProperty(key)).as("English %s", key).isNotBlank());
	}

	@ParameterizedTest
	@ValueSource(strings = { "portal_en", "portal_sv__lattlast", "portal_ar", "portal_fa", "portal_so", "portal_fi",
			"documents_en", "documents_sv__lattlast" })
	void everyTranslationHasEveryTextWithTheSamePlaceholders(String bundle) throws IOException {
		Properties swedish = load(bundle.substring(0, bundle.indexOf('_')));
		Properties translated = load(bundle);
		assertThat(translated.stringPropertyNames()).as("keys in %s", bundle)
			.containsExactlyInAnyOrderElementsOf(swedish.stringPropertyNames());
		Pattern placeholder = Pattern.compile("\\{\\d+}");
		for (String key : swedish.stringPropertyNames()) {
			String text = translated.getProperty(key);
			assertThat(text).as("%s %s", bundle, key).isNotBlank().doesNotContain("'");
			assertThat(placeholder.matcher(text).results().map(MatchResult::group).sorted().toList())
				.as("placeholders of %s in %s", key, bundle)
				.isEqualTo(placeholder.matcher(swedish.getProperty(key))
					.results()
					.map(MatchResult::group)
					.sorted()
					.toList());
		}
		assertThat(bundle.startsWith("documents") || PORTAL_LANGUAGES.contains(bundle)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "portal", "documents" })
	void lattlastIsWrittenApartFromTheSwedish(String bundle) throws IOException {
		Properties swedish = load(bundle);
		Properties easy = load(bundle + "_sv__lattlast");
		// short labels (Namn, Telefon) may stay as they are; the explanations must be
		// rewritten
		List<String> explanations = swedish.stringPropertyNames()
			.stream()
			.filter(key -> swedish.getProperty(key).length() >= 60)
			.toList();
		long copied = explanations.stream()
			.filter(key -> swedish.getProperty(key).equals(easy.getProperty(key)))
			.count();
		assertThat(explanations).hasSizeGreaterThan(20);
		assertThat(copied).as("explanations copied unchanged into lättläst").isLessThan(explanations.size() / 10);
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = allKeys();
		Pattern messageKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = messageKey.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/** A message key as the code writes it: dotted words, no spaces. */
	static final String KEY = "[a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+";

	/**
	 * Where the code hands a key to a page: a refusal, a binding error, a flash notice or
	 * problem, an exception's key. Every key-shaped literal in these calls counts.
	 */
	static final List<Pattern> KEY_USES = List.of(
			Pattern.compile("new FieldRefusal\\(\\s*[^,]+,\\s*\"(" + KEY + ")\"(?!\\s*\\+)"),
			Pattern.compile("new (?:UserFacingException|ConcurrentEditException)\\(\\s*\"(" + KEY + ")\"(?!\\s*\\+)"),
			Pattern.compile("\\bsuper\\(\\s*\"(" + KEY + ")\"(?!\\s*\\+)"),
			Pattern.compile("\\.reject\\(\\s*\"(" + KEY + ")\"(?!\\s*\\+)"),
			Pattern.compile("\\.rejectValue\\(\\s*[^;]+?,\\s*\"(" + KEY + ")\"(?!\\s*\\+)"));

	static final Pattern FLASH = Pattern.compile("addFlashAttribute\\(\\s*\"(?:notice|problem)\",([^;]+);");

	static final Pattern LITERAL_KEY = Pattern.compile("(?<!\\+\\s{0,3})\"(" + KEY + ")\"(?!\\s*\\+)");

	static final Pattern KEY_PREFIX = Pattern.compile("\"(" + KEY + "\\.)\"\\s*\\+");

	/** Where each Swedish key lives: its bundle. */
	static java.util.Map<String, String> bundleOfEachKey() throws IOException {
		java.util.Map<String, String> bundles = new java.util.HashMap<>();
		for (String bundle : BUNDLES) {
			load(bundle).stringPropertyNames().forEach(key -> bundles.put(key, bundle));
		}
		return bundles;
	}

	static List<String> javaSources() throws IOException {
		List<String> sources = new ArrayList<>();
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path source : files.filter(file -> file.toString().endsWith(".java")).sorted().toList()) {
				sources.add(Files.readString(source));
			}
		}
		return sources;
	}

	/**
	 * Every key the Java code hands to a page, in every language its page speaks: Swedish
	 * and English, and the person's own pages in all seven. Keys built from a prefix and
	 * a name need the prefix to be in use; the enum-backed ones are listed below.
	 */
	@Test
	void everyMessageKeyTheJavaCodeUsesExistsInEveryLanguageOfItsPage() throws IOException {
		java.util.Map<String, String> bundles = bundleOfEachKey();
		Set<String> prefixes = new HashSet<>();
		bundles.keySet().forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
		Set<String> used = new java.util.TreeSet<>();
		Set<String> usedPrefixes = new java.util.TreeSet<>();
		for (String source : javaSources()) {
			for (Pattern use : KEY_USES) {
				use.matcher(source).results().map(result -> result.group(1)).forEach(used::add);
			}
			Matcher flash = FLASH.matcher(source);
			while (flash.find()) {
				LITERAL_KEY.matcher(flash.group(1)).results().map(result -> result.group(1)).forEach(used::add);
			}
			// any other literal that starts like a key of the bundles is one
			LITERAL_KEY.matcher(source)
				.results()
				.map(result -> result.group(1))
				.filter(literal -> literal.contains(".")
						&& prefixes.contains(literal.substring(0, literal.indexOf('.') + 1)))
				.forEach(used::add);
			KEY_PREFIX.matcher(source).results().map(result -> result.group(1)).forEach(usedPrefixes::add);
		}
		List<String> missing = new ArrayList<>();
		for (String key : used) {
			String bundle = bundles.get(key);
			if (bundle == null) {
				missing.add(key + " (in no Swedish bundle)");
				continue;
			}
			List<String> languages = bundle.equals("portal") ? PORTAL_LANGUAGES : List.of(bundle + "_en");
			for (String language : languages) {
				if (!load(language).containsKey(key)) {
					missing.add(key + " (not in " + language + ")");
				}
			}
		}
		for (String prefix : usedPrefixes) {
			if (bundles.keySet().stream().noneMatch(key -> key.startsWith(prefix))) {
				missing.add(prefix + "* (no key with this prefix)");
			}
		}
		assertThat(used).as("keys found in the Java code").hasSizeGreaterThan(100);
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumAndRefusalShownToUsersHasALabel() throws IOException {
		Set<String> keys = allKeys();
		List<String> missing = new ArrayList<>();
		labels(missing, keys, "unitKind.", se.samordna.directory.UnitKind.values());
		labels(missing, keys, "role.", se.samordna.directory.Role.values());
		labels(missing, keys, "organisationKind.", se.samordna.directory.OrganisationKind.values());
		labels(missing, keys, "sipStatus.", se.samordna.sip.SipStatus.values());
		labels(missing, keys, "sip.statusHelp.", se.samordna.sip.SipStatus.values());
		labels(missing, keys, "noticedBy.", se.samordna.sip.Assessment.NoticedBy.values());
		labels(missing, keys, "track.", se.samordna.sip.Assessment.LegalTrack.values());
		labels(missing, keys, "level.", se.samordna.sip.Assessment.SipLevel.values());
		labels(missing, keys, "consentGiver.", se.samordna.sip.ConsentGiver.values());
		labels(missing, keys, "consentMethod.", se.samordna.sip.ConsentMethod.values());
		labels(missing, keys, "participantKind.", se.samordna.sip.Participant.Kind.values());
		labels(missing, keys, "versionKind.", se.samordna.sip.PlanVersionKind.values());
		labels(missing, keys, "closingReason.", se.samordna.sip.ClosingReason.values());
		labels(missing, keys, "sip.planGiven.", se.samordna.sip.PlanDelivery.values());
		labels(missing, keys, "survey.meetingType.", se.samordna.survey.MeetingType.values());
		labels(missing, keys, "portal.survey.meetingType.", se.samordna.survey.MeetingType.values());
		labels(missing, keys, "survey.role.", se.samordna.survey.SurveyRole.values());
		labels(missing, keys, "statistics.age_band.", se.samordna.sip.AgeBand.values());
		labels(missing, keys, "statistics.track.", se.samordna.sip.Assessment.LegalTrack.values());
		labels(missing, keys, "statistics.level.", se.samordna.sip.Assessment.SipLevel.values());
		labels(missing, keys, "statistics.noticed_by.", se.samordna.sip.Assessment.NoticedBy.values());
		labels(missing, keys, "step.", se.samordna.sip.SipStep.Kind.values());
		labels(missing, keys, "worklist.filter.", se.samordna.sip.Worklist.Filter.values());
		labels(missing, keys, "sip.move.", se.samordna.sip.Move.values());
		labels(missing, keys, "term.", se.samordna.sip.PlanContent.Goal.Term.values());
		labels(missing, keys, "timing.", se.samordna.sip.PlanContent.Action.Timing.values());
		labels(missing, keys, "takingPart.", se.samordna.sip.Preparation.TakingPart.values());
		labels(missing, keys, "goalOutcome.", se.samordna.sip.FollowUp.GoalOutcome.values());
		labels(missing, keys, "actionOutcome.", se.samordna.sip.FollowUp.ActionOutcome.values());
		labels(missing, keys, "decision.", se.samordna.sip.FollowUp.Decision.values());
		labels(missing, keys, "relationKind.", se.samordna.people.RelationKind.values());
		labels(missing, keys, "mandateArea.", se.samordna.people.MandateArea.values());
		labels(missing, keys, "review.action.", se.samordna.access.AccessAction.values());
		labels(missing, keys, "review.purpose.", se.samordna.access.Purpose.values());
		labels(missing, keys, "meetingKind.", se.samordna.meetings.MeetingKind.values());
		labels(missing, keys, "meetingStatus.", se.samordna.meetings.MeetingStatus.values());
		labels(missing, keys, "answer.", se.samordna.meetings.Answer.values());
		labels(missing, keys, "meetings.forIndividual.answer.", se.samordna.meetings.Answer.values());
		labels(missing, keys, "attendance.", se.samordna.meetings.Attendance.values());
		labels(missing, keys, "inviteeKind.", se.samordna.meetings.InviteeKind.values());
		labels(missing, keys, "writer.", se.samordna.access.Standing.values());
		labels(missing, keys, "portal.writer.", se.samordna.access.Standing.values());
		labels(missing, keys, "portal.standing.", se.samordna.access.Standing.values());
		labels(missing, keys, "portal.status.", se.samordna.sip.SipStatus.values());
		labels(missing, keys, "portal.answer.", se.samordna.meetings.Answer.values());
		labels(missing, keys, "portal.meetingKind.", se.samordna.meetings.MeetingKind.values());
		labels(missing, keys, "portal.meetingStatus.", se.samordna.meetings.MeetingStatus.values());
		labels(missing, keys, "portal.takingPart.", se.samordna.sip.Preparation.TakingPart.values());
		labels(missing, keys, "portal.consent.giver.", se.samordna.sip.ConsentGiver.values());
		labels(missing, keys, "portal.plan.term.", se.samordna.sip.PlanContent.Goal.Term.values());
		labels(missing, keys, "agenda.", se.samordna.meetings.AgendaSection.values());
		labels(missing, keys, "agenda.hint.", se.samordna.meetings.AgendaSection.values());
		// every refusal of a meeting is explained as meetings.refused.<move>
		Matcher meetingMove = Pattern.compile("requireC(?:alled|aller)\\(\"(\\w+)\"")
			.matcher(Files.readString(JAVA.resolve("se/samordna/meetings/Meeting.java")));
		while (meetingMove.find()) {
			if (!keys.contains("meetings.refused." + meetingMove.group(1))) {
				missing.add("meetings.refused." + meetingMove.group(1));
			}
		}
		// every move the SIP can refuse is explained as sip.refused.<move>
		Matcher move = Pattern
			.compile("(?:IllegalSipTransition\\(status, |move\\([^,()]+, |requireConsent\\(|requireOpen\\()\"(\\w+)\"")
			.matcher(Files.readString(JAVA.resolve("se/samordna/sip/Sip.java")));
		int moves = 0;
		while (move.find()) {
			moves++;
			if (!keys.contains("sip.refused." + move.group(1))) {
				missing.add("sip.refused." + move.group(1));
			}
		}
		assertThat(moves).as("moves found in Sip.java").isGreaterThan(5);
		assertThat(missing).isEmpty();
	}

	private static void labels(List<String> missing, Set<String> keys, String prefix, Enum<?>[] values) {
		for (Enum<?> value : values) {
			if (!keys.contains(prefix + value.name())) {
				missing.add(prefix + value.name());
			}
		}
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		// text between tags, and user-facing attributes, must come from th:text / th:attr
		Pattern textNode = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");
		Pattern userAttribute = Pattern.compile("\\s(?:title|placeholder|alt|aria-label)=\"[^\"]*\\p{L}");
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script.*?</script>", "")
				.replaceAll("(?s)<style.*?</style>", "");
			Matcher text = textNode.matcher(html);
			while (text.find()) {
				literal.add(TEMPLATES.relativize(template) + ": " + text.group(1).strip());
			}
			Matcher attribute = userAttribute.matcher(html);
			while (attribute.find()) {
				literal.add(TEMPLATES.relativize(template) + ": " + attribute.group().strip());
			}
		}
		assertThat(literal).isEmpty();
	}

}
