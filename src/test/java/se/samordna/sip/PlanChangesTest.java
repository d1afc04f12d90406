package se.samordna.sip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new plan version is shown with what changed: nothing may change behind the person's
 * back.
 */
class PlanChangesTest {

	static final UUID SIP = UUID.randomUUID();

	static final UUID TALKS = UUID.randomUUID();

	static final UUID SCHOOL = UUID.randomUUID();

	static final UUID UNIT = UUID.randomUUID();

	static PlanContent.Action action(UUID id, String what, LocalDate start) {
		return new PlanContent.Action(id, what, UNIT, start, null, PlanContent.Action.Timing.INDEPENDENT, null);
	}

	static PlanVersion version(int number, PlanContent content, UUID coordinator, LocalDate followUp) {
		return new PlanVersion(SIP, number, PlanVersionKind.REVISION, content, List.of(),
				new Coordinator(coordinator, UNIT), followUp, coordinator, Instant.EPOCH);
	}

	@Test
	void newChangedAndRemovedPartsAreEachNamed() {
		UUID anna = UUID.randomUUID();
		LocalDate day = LocalDate.of(2026, 12, 1);
		PlanVersion before = version(1, new PlanContent(List.of("Skolan", "Sömnen"),
				List.of(new PlanContent.Goal("Gå i skolan", PlanContent.Goal.Term.LONG, List.of(), "Elevhälsan"),
						new PlanContent.Goal("Sova bättre", PlanContent.Goal.Term.SHORT, List.of(), "BUP")),
				List.of(action(TALKS, "Samtal", day), action(SCHOOL, "Anpassad skolgång", day)), List.of()), anna,
				day.plusMonths(1));
		PlanVersion after = version(2, new PlanContent(List.of("Skolan", "Vänner"),
				List.of(new PlanContent.Goal("Gå i skolan", PlanContent.Goal.Term.LONG, List.of("Tre dagar i veckan"),
						"Elevhälsan"),
						new PlanContent.Goal("Träffa kompisar", PlanContent.Goal.Term.SHORT, List.of(), "BUP")),
				List.of(action(TALKS, "Samtal varje vecka", day), action(UUID.randomUUID(), "Fritidsaktivitet", day)),
				List.of()), anna, day.plusMonths(1));

		PlanChanges changes = PlanChanges.between(before, after);

		assertThat(changes.newNeeds()).containsExactly("Vänner");
		assertThat(changes.removedNeeds()).containsExactly("Sömnen");
		assertThat(changes.newGoals()).containsExactly("Träffa kompisar");
		assertThat(changes.changedGoals()).containsExactly("Gå i skolan");
		assertThat(changes.removedGoals()).extracting(PlanContent.Goal::individualsWords)
			.containsExactly("Sova bättre");
		assertThat(changes.changedActions()).containsExactly(TALKS);
		assertThat(changes.newActions()).hasSize(1).doesNotContain(TALKS, SCHOOL);
		assertThat(changes.removedActions()).extracting(PlanContent.Action::id).containsExactly(SCHOOL);
		assertThat(changes.coordinatorChanged()).isFalse();
		assertThat(changes.followUpChanged()).isFalse();
		assertThat(changes.any()).isTrue();
	}

	@Test
	void aNewCoordinatorOrDateIsAChangeEvenWithTheSameContent() {
		PlanContent same = new PlanContent(List.of("Stöd"), List.of(), List.of(), List.of());
		LocalDate day = LocalDate.of(2026, 12, 1);
		PlanVersion before = version(1, same, UUID.randomUUID(), day);
		assertThat(PlanChanges.between(before, version(2, same, before.coordinator().staffId(), day)).any()).isFalse();
		PlanChanges changes = PlanChanges.between(before, version(2, same, UUID.randomUUID(), day.plusDays(14)));
		assertThat(changes.coordinatorChanged()).isTrue();
		assertThat(changes.followUpChanged()).isTrue();
	}

}
