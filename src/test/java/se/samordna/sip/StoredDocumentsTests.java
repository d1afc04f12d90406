package se.samordna.sip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import se.samordna.IntegrationTest;
import se.samordna.access.Standing;
import se.samordna.sip.internal.ParticipatingUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SIP's stored documents (the jsonb columns of {@code sip}, and the JSON of
 * {@code sip_plan_version} and {@code sip_follow_up}) keep their stored names and say
 * their format: each golden file under {@code golden/sip/} reads back as the object it
 * was written from, and that object writes the same JSON (values of a set in any order).
 * Renaming a Java component breaks these tests instead of turning stored plans into
 * nulls. The files are written with the application's own mapper, as the database gets
 * them.
 */
@IntegrationTest
class StoredDocumentsTests {

	static final UUID SIP = UUID.fromString("50000000-0000-0000-0000-000000000001");

	static final UUID STAFF = UUID.fromString("30000000-0000-0000-0000-000000000001");

	static final UUID UNIT = UUID.fromString("20000000-0000-0000-0000-000000000011");

	static final UUID VARDCENTRAL = UUID.fromString("20000000-0000-0000-0000-000000000001");

	static final UUID KOMMUN = UUID.fromString("10000000-0000-0000-0000-000000000002");

	static final UUID VISITS = UUID.fromString("60000000-0000-0000-0000-000000000001");

	static final UUID SUPPORT = UUID.fromString("60000000-0000-0000-0000-000000000002");

	static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	static final Consent CONSENT = new Consent(ConsentGiver.GUARDIANS, List.of("Maria Lindqvist", "Johan Lindqvist"),
			ConsentMethod.WRITTEN, DAY, STAFF, Set.of(KOMMUN), "Elsa vill ha hjälp med läxorna", null);

	static final Preparation PREPARATION = new Preparation("Att orka gå till skolan.", "Planera stödet", null, "Mamma",
			null, Set.of(Preparation.TakingPart.WHOLE_MEETING), "arabiska", null, "Mamma", "Ett brev");

	static final Participant UNIT_PARTICIPANT = new Participant(UUID.fromString("70000000-0000-0000-0000-000000000001"),
			Participant.Kind.UNIT, VARDCENTRAL, null, "Vårdcentral");

	static final Participant GUARDIAN = new Participant(UUID.fromString("70000000-0000-0000-0000-000000000002"),
			Participant.Kind.GUARDIAN, null, "Maria Lindqvist", "");

	static final Sip.ParticipantList PARTICIPANTS = new Sip.ParticipantList(List.of(UNIT_PARTICIPANT, GUARDIAN));

	static final PlanContent PLAN = new PlanContent(List.of("Komma tillbaka till skolan"),
			List.of(new PlanContent.Goal("Jag vill gå i skolan varje dag", PlanContent.Goal.Term.LONG,
					List.of("Tre dagar i veckan före jul"), "Elevhälsan")),
			List.of(new PlanContent.Action(VISITS, "Samtal varannan vecka", VARDCENTRAL, DAY, DAY.plusMonths(3),
					PlanContent.Action.Timing.INDEPENDENT, null),
					new PlanContent.Action(SUPPORT, "Anpassad skolgång", UNIT, null, null,
							PlanContent.Action.Timing.AFTER, VISITS)),
			List.of(new PlanContent.Contact("Anna Berglund", "Socialtjänst barn och unga", "018-611 00 00")));

	static final OwnPreparation.Notes OWN_PREPARATIONS = new OwnPreparation.Notes(
			List.of(new OwnPreparation("Skolan", "Kan jag gå kortare dagar?", null, null, "Pappa",
					Set.of(Preparation.TakingPart.VIDEO), null, null, Standing.SELF, AT)));

	static final PlanVersion VERSION = new PlanVersion(SIP, 1, PlanVersionKind.FIRST, PLAN, List.of(UNIT_PARTICIPANT),
			new Coordinator(STAFF, UNIT), DAY.plusMonths(2), STAFF, AT);

	static final FollowUp FOLLOW_UP = new FollowUp(Map.of(0, FollowUp.GoalOutcome.PARTLY_MET),
			Map.of(VISITS, FollowUp.ActionOutcome.DONE, SUPPORT, FollowUp.ActionOutcome.NOT_DONE), "Samtalen", null,
			true, FollowUp.Decision.CLOSE, null, ClosingReason.DUPLICATE, null);

	String golden(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/golden/sip/" + name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Reads the file as the object, and writes the object as the file. */
	<T> void roundTrip(String file, Class<T> type, T expected) throws IOException {
		String stored = golden(file);
		assertThat(json.readValue(stored, type)).isEqualTo(expected);
		assertThat(unordered(json.readTree(json.writeValueAsString(expected))))
			.isEqualTo(unordered(json.readTree(stored)));
	}

	@Test
	void aConsent() throws IOException {
		roundTrip("consent.json", Consent.class, CONSENT);
	}

	@Test
	void aPreparation() throws IOException {
		roundTrip("preparation.json", Preparation.class, PREPARATION);
	}

	@Test
	void theParticipants() throws IOException {
		roundTrip("participants.json", Sip.ParticipantList.class, PARTICIPANTS);
	}

	@Test
	void aPlanDraft() throws IOException {
		roundTrip("plan.json", PlanContent.class, PLAN);
	}

	@Test
	void thePersonsOwnPreparations() throws IOException {
		roundTrip("own-preparations.json", OwnPreparation.Notes.class, OWN_PREPARATIONS);
	}

	@Test
	void aConfirmedPlanVersion() throws IOException {
		roundTrip("plan-version.json", PlanVersion.class, VERSION);
	}

	@Test
	void aFollowUp() throws IOException {
		roundTrip("follow-up.json", FollowUp.class, FOLLOW_UP);
	}

	@Test
	void aDocumentStoredBeforeTheFormatWasWrittenReadsAsTheFirstFormat() throws IOException {
		ObjectNode withoutFormat = (ObjectNode) json.readTree(golden("plan-version.json"));
		withoutFormat.remove("format");
		// and as the plan was written then, with whether it was complete
		((ObjectNode) withoutFormat.get("content")).remove("format");
		((ObjectNode) withoutFormat.get("content")).put("complete", true);
		assertThat(json.readValue(json.writeValueAsString(withoutFormat), PlanVersion.class)).isEqualTo(VERSION);
	}

	@Test
	void aFormatThisVersionDoesNotKnowIsRefusedNotGuessed() throws IOException {
		ObjectNode later = (ObjectNode) json.readTree(golden("plan.json"));
		later.put("format", "2");
		assertThatThrownBy(() -> json.readValue(json.writeValueAsString(later), PlanContent.class))
			.hasMessageContaining("2");
	}

	@Test
	void aStoredPlanThatBreaksTheRulesIsNotReadAsIfItKeptThem() throws IOException {
		ObjectNode plan = (ObjectNode) json.readTree(golden("plan.json"));
		((ObjectNode) plan.get("actions").get(1)).put("relatedActionId", SUPPORT.toString());
		assertThatThrownBy(() -> json.readValue(json.writeValueAsString(plan), PlanContent.class))
			.hasStackTraceContaining("plan.action.relatedSelf");
	}

	@Test
	void theParticipatingUnitProbeMatchesTheStoredParticipants() {
		String stored = json.writeValueAsString(PARTICIPANTS);
		String sql = "select cast(? as jsonb) -> 'all' @> cast(? as jsonb)";
		assertThat(jdbc.sql(sql).params(stored, ParticipatingUnit.probe(VARDCENTRAL)).query(Boolean.class).single())
			.isTrue();
		assertThat(jdbc.sql(sql).params(stored, ParticipatingUnit.probe(UNIT)).query(Boolean.class).single()).isFalse();
	}

	/**
	 * The tree with the values of every array of plain values sorted: sets have no order.
	 */
	static JsonNode unordered(JsonNode node) {
		if (node instanceof ObjectNode object) {
			ObjectNode copy = object.deepCopy();
			for (Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				copy.set(field.getKey(), unordered(field.getValue()));
			}
			return copy;
		}
		if (node instanceof ArrayNode array) {
			List<JsonNode> items = new ArrayList<>();
			array.forEach(item -> items.add(unordered(item)));
			if (items.stream().allMatch(JsonNode::isValueNode)) {
				items.sort((a, b) -> a.asString().compareTo(b.asString()));
			}
			ArrayNode copy = array.arrayNode();
			items.forEach(copy::add);
			return copy;
		}
		return node;
	}

}
