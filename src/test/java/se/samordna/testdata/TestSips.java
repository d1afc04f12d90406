package se.samordna.testdata;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.boot.test.context.TestComponent;

import se.samordna.TestClock;
import se.samordna.directory.Directory;
import se.samordna.directory.StaffAccount;
import se.samordna.directory.TestUnits;
import se.samordna.people.Individual;
import se.samordna.people.People;
import se.samordna.people.Relation;
import se.samordna.people.RelationKind;
import se.samordna.sip.Assessment;
import se.samordna.sip.ClosingReason;
import se.samordna.sip.ConsentGiver;
import se.samordna.sip.ConsentMethod;
import se.samordna.sip.Participant;
import se.samordna.sip.PlanContent;
import se.samordna.sip.Sip;
import se.samordna.sip.Sips;
import se.samordna.sip.internal.FollowUpClock;

/**
 * SIPs for one test, in the state it needs, built through {@link Sips} as staff would
 * build them, so every rule applies. Each step acts as the staff member signed in in the
 * test's thread ({@code TestLogins}), like the services themselves:
 *
 * <pre>
 * TestLogins.signIn(logins, "anna");
 * Individual alex = individuals.aged(16, "Alex", "Lindqvist");
 * Sip sip = sips.start(alex).consented().withUnits(TestUnits.BUP).planConfirmed("anna").sip();
 * </pre>
 */
@TestComponent
public class TestSips {

	/**
	 * What a usual consent lets share: the kommun and the region of the demo directory.
	 */
	public static final Set<UUID> KOMMUN_AND_REGION = Set.of(TestUnits.UPPSALA_KOMMUN, TestUnits.REGION_UPPSALA);

	/** The first goal of {@link #plan}, in the person's own words. */
	public static final String GOAL = "Jag vill klara vardagen";

	public static final String NEED = "Stöd i vardagen";

	private final Sips sips;

	private final People people;

	private final Directory directory;

	private final FollowUpClock followUps;

	private final TestClock clock;

	public TestSips(Sips sips, People people, Directory directory, FollowUpClock followUps, TestClock clock) {
		this.sips = sips;
		this.people = people;
		this.directory = directory;
		this.followUps = followUps;
		this.clock = clock;
	}

	/** Step 1 for the person: assessed, nothing more (ASSESSED). */
	public Case start(Individual person) {
		return start(person, new Assessment(Assessment.NoticedBy.SOCIALTJANST, Assessment.LegalTrack.SOL_HSL,
				Assessment.SipLevel.SIP, "Behov av samordnat stöd."));
	}

	public Case start(Individual person, Assessment assessment) {
		return new Case(person, sips.start(person.id(), assessment));
	}

	/**
	 * A plan confirmed a month ago whose follow-up date has passed (FOLLOW_UP_DUE), with
	 * {@code coordinator} and the units taking part. Made in the past, so that nobody
	 * else's plan falls due on the way.
	 */
	public Case followUpDue(Individual person, String coordinator, UUID... units) {
		Case sip = clock.inThePast(Duration.ofDays(30),
				() -> start(person).consented()
					.withUnits(units)
					.planConfirmed(coordinator, LocalDate.now(clock).plusDays(14)));
		followUps.markDueFollowUps();
		return sip.reread();
	}

	/**
	 * A plan for the units: one need, the person's goal, and one action for each unit
	 * (each must take part).
	 */
	public static PlanContent plan(UUID... responsibleUnits) {
		List<PlanContent.Action> actions = new ArrayList<>();
		for (UUID unit : responsibleUnits) {
			actions.add(new PlanContent.Action(UUID.randomUUID(), "Stödsamtal " + (actions.size() + 1), unit, null,
					null, PlanContent.Action.Timing.INDEPENDENT, null));
		}
		return new PlanContent(List.of(NEED),
				List.of(new PlanContent.Goal(GOAL, PlanContent.Goal.Term.LONG, List.of(), "Vårdcentralen")), actions,
				List.of());
	}

	/** One SIP on its way; each step returns it in its new state. */
	public final class Case {

		private final Individual person;

		private Sip sip;

		Case(Individual person, Sip sip) {
			this.person = person;
			this.sip = sip;
		}

		/** The SIP as the last step left it. */
		public Sip sip() {
			return sip;
		}

		public UUID id() {
			return sip.id();
		}

		public Individual person() {
			return person;
		}

		/** Read again, for what other modules (meetings, the clock) changed since. */
		public Case reread() {
			sip = sips.view(sip.id());
			return this;
		}

		/**
		 * Step 2, the consent the person's age asks for: their own from 15, both
		 * guardians' (with the child's view) under 15. The kommun and the region may
		 * share.
		 */
		public Case consented() {
			return consented(KOMMUN_AND_REGION);
		}

		public Case consented(Set<UUID> sharingOrganisations) {
			Individual now = people.view(person.id());
			LocalDate today = LocalDate.now(clock);
			boolean child = now.personnummer().ageOn(today) < 15;
			List<String> guardians = now.relations(RelationKind.GUARDIAN).stream().map(Relation::name).toList();
			sip = sips.recordConsent(sip.id(), sip.version(), child ? ConsentGiver.GUARDIANS : ConsentGiver.INDIVIDUAL,
					child ? guardians : List.of(), ConsentMethod.WRITTEN, today, sharingOrganisations,
					child ? "Vill ha hjälp" : null, null);
			return this;
		}

		/** Units taking part (within the consent), each with a role. */
		public Case withUnits(UUID... units) {
			for (UUID unit : units) {
				if (!sip.involvesUnit(unit)) {
					sip = sips.addUnit(sip.id(), sip.version(), unit, "Deltar");
				}
			}
			return this;
		}

		/**
		 * Steps 5 and 6: {@link #plan} for every unit taking part, confirmed with
		 * {@code coordinator} (a user name; their unit is added if it does not take part
		 * yet), to be followed up in two months (PLAN_ACTIVE).
		 */
		public Case planConfirmed(String coordinator) {
			return planConfirmed(coordinator, LocalDate.now(clock).plusMonths(2));
		}

		public Case planConfirmed(String coordinator, LocalDate followUp) {
			StaffAccount staff = directory.staffByUsername(coordinator).orElseThrow();
			withUnits(staff.unitId());
			UUID[] units = sip.participants()
				.stream()
				.map(Participant::unitId)
				.filter(Objects::nonNull)
				.distinct()
				.toArray(UUID[]::new);
			return planConfirmed(staff.id(), plan(units), followUp);
		}

		public Case planConfirmed(UUID coordinatorStaffId, PlanContent plan, LocalDate followUp) {
			sip = sips.editPlan(sip.id(), sip.version(), plan);
			// everyone taking part took part in planning
			sips.confirmPlan(sip.id(), sip.version(), coordinatorStaffId, followUp,
					sip.participants().stream().map(Participant::id).collect(Collectors.toSet()));
			return reread();
		}

		/** Avslut, by the signed-in coordinator (or the starting unit before one). */
		public Case closed(ClosingReason reason) {
			sip = sips.close(sip.id(), sip.version(), reason, null);
			return this;
		}

	}

}
