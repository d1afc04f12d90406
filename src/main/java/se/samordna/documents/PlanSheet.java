package se.samordna.documents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import se.samordna.sip.PlanContent;
import se.samordna.sip.Participant;
import se.samordna.sip.PlanVersionKind;

/**
 * One confirmed plan version as a person reads it on paper: every item the county
 * guideline and SoL/HSL ask for, with ids turned into names. The PDF and the JSON export
 * are both made from this, so the record system files exactly what the person was given.
 *
 * @param kommunActions actions a kommun unit gives
 * @param regionActions actions a region unit gives
 * @param otherActions actions by others than kommun and region (Försäkringskassan, a
 * school, …)
 */
public record PlanSheet(UUID sipId, int version, PlanVersionKind kind, LocalDate confirmedOn, String confirmedBy,
		Person person, List<ParticipantLine> participants, List<String> needs, List<GoalLine> goals,
		List<ActionLine> kommunActions, List<ActionLine> regionActions, List<ActionLine> otherActions,
		CoordinatorLine coordinator, LocalDate nextFollowUp, List<PlanContent.Contact> contacts) {

	public PlanSheet {
		participants = List.copyOf(participants);
		needs = List.copyOf(needs);
		goals = List.copyOf(goals);
		kommunActions = List.copyOf(kommunActions);
		regionActions = List.copyOf(regionActions);
		otherActions = List.copyOf(otherActions);
		contacts = List.copyOf(contacts);
	}

	/**
	 * The long-term goals, then the short-term ones: the order a reader takes them in.
	 */
	public Map<String, List<GoalLine>> goalGroups() {
		Map<String, List<GoalLine>> groups = new LinkedHashMap<>();
		groups.put("long", goals.stream().filter(goal -> goal.term() == PlanContent.Goal.Term.LONG).toList());
		groups.put("short", goals.stream().filter(goal -> goal.term() == PlanContent.Goal.Term.SHORT).toList());
		return groups;
	}

	/** What the kommun does, what the region does, what others do. */
	public Map<String, List<ActionLine>> actionGroups() {
		Map<String, List<ActionLine>> groups = new LinkedHashMap<>();
		groups.put("kommun", kommunActions);
		groups.put("region", regionActions);
		groups.put("other", otherActions);
		return groups;
	}

	/**
	 * @param personalIdentity as written, {@code yyyyMMdd-nnnn}
	 * @param address null when unknown, not printed here, or protected
	 */
	public record Person(String name, String personalIdentity, @Nullable Address address, boolean protectedIdentity) {
	}

	public record Address(String street, String postalCode, String city) {
	}

	/**
	 * @param organisation null for a guardian, relative or representative
	 * @param kind a unit, or the role a person has for the individual (a guardian stays a
	 * guardian)
	 */
	public record ParticipantLine(String name, @Nullable String organisation, Participant.Kind kind, String role) {
	}

	public record GoalLine(String words, PlanContent.Goal.Term term, List<String> subGoals, String followedUpBy) {
	}

	/**
	 * @param related the action this one happens together with or after, in words; null
	 * when independent
	 */
	public record ActionLine(UUID id, String description, UUID unitId, String unit, String organisation,
			Principal principal, @Nullable LocalDate start, @Nullable LocalDate end, PlanContent.Action.Timing timing,
			@Nullable UUID relatedId, @Nullable String related) {
	}

	/**
	 * Which kind of principal gives an action: the plan says what kommun and region each
	 * do.
	 */
	public enum Principal {

		KOMMUN, REGION, OTHER

	}

	/**
	 * @param organisation the principal with overall responsibility
	 */
	public record CoordinatorLine(String name, @Nullable String title, String unit, String organisation,
			@Nullable String phone, @Nullable String email) {
	}

}
