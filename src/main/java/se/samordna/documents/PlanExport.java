package se.samordna.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A confirmed plan version as structured data for a unit's record system, so nobody
 * retypes it. The shape is documented in {@code docs/plan-export.schema.json} (JSON
 * Schema 2020-12); the address is left out, since the record system has its own.
 */
public record PlanExport(String schema, Instant exportedAt, ExportedFor exportedFor, UUID sipId, Plan plan,
		PersonPart person, List<ParticipantPart> participants, List<String> needs, List<GoalPart> goals,
		List<ActionPart> actions, CoordinatorPart coordinator, LocalDate nextFollowUp, List<ContactPart> contacts) {

	public static final String SCHEMA = "https://samordna.se/schema/plan-export/1";

	/**
	 * @param hsaId the unit's HSA-id, when it has one
	 */
	public record ExportedFor(UUID unitId, String unit, @Nullable String hsaId, String organisation) {
	}

	/**
	 * @param kind {@code first}, {@code revision} or {@code new_plan}
	 */
	public record Plan(int version, String kind, LocalDate confirmedOn, String confirmedBy) {
	}

	public record PersonPart(String personalIdentity, String name, boolean protectedIdentity) {
	}

	/**
	 * @param organisation null for a guardian, relative or representative
	 * @param kind {@code unit}, {@code guardian}, {@code relative} or
	 * {@code representative}
	 */
	public record ParticipantPart(String name, @Nullable String organisation, String kind, String role) {
	}

	/**
	 * @param term {@code long} or {@code short}
	 */
	public record GoalPart(String text, String term, List<String> subGoals, String followedUpBy) {
	}

	/**
	 * @param principal {@code kommun}, {@code region} or {@code other}
	 * @param timing {@code independent}, {@code same_time_as} or {@code after}
	 * @param forThisUnit the exporting unit gives this action
	 */
	public record ActionPart(UUID id, String description, UUID unitId, String unit, String organisation,
			String principal, @Nullable LocalDate start, @Nullable LocalDate end, String timing,
			@Nullable UUID relatedActionId, boolean forThisUnit) {
	}

	public record CoordinatorPart(String name, @Nullable String title, String unit, String organisation,
			@Nullable String phone, @Nullable String email) {
	}

	public record ContactPart(String name, String organisation, @Nullable String phone) {
	}

	static PlanExport of(PlanSheet sheet, ExportedFor unit, Instant exportedAt) {
		List<ActionPart> actions = Stream.of(sheet.kommunActions(), sheet.regionActions(), sheet.otherActions())
			.flatMap(List::stream)
			.map(action -> new ActionPart(action.id(), action.description(), action.unitId(), action.unit(),
					action.organisation(), code(action.principal()), action.start(), action.end(),
					code(action.timing()), action.relatedId(), action.unitId().equals(unit.unitId())))
			.toList();
		return new PlanExport(SCHEMA, exportedAt, unit, sheet.sipId(),
				new Plan(sheet.version(), code(sheet.kind()), sheet.confirmedOn(), sheet.confirmedBy()),
				new PersonPart(sheet.person().personalIdentity().replace("-", ""), sheet.person().name(),
						sheet.person().protectedIdentity()),
				sheet.participants()
					.stream()
					.map(p -> new ParticipantPart(p.name(), p.organisation(), code(p.kind()), p.role()))
					.toList(),
				sheet.needs(),
				sheet.goals()
					.stream()
					.map(goal -> new GoalPart(goal.words(), code(goal.term()), goal.subGoals(), goal.followedUpBy()))
					.toList(),
				actions,
				new CoordinatorPart(sheet.coordinator().name(), sheet.coordinator().title(), sheet.coordinator().unit(),
						sheet.coordinator().organisation(), sheet.coordinator().phone(), sheet.coordinator().email()),
				sheet.nextFollowUp(),
				sheet.contacts().stream().map(c -> new ContactPart(c.name(), c.organisation(), c.phone())).toList());
	}

	private static String code(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
