package se.samordna.sip.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.samordna.platform.DemoModeCondition;
import se.samordna.platform.DemoSettings;
import se.samordna.sip.Actor;
import se.samordna.sip.AgeBand;
import se.samordna.sip.Assessment;
import se.samordna.sip.ClosingReason;
import se.samordna.sip.Consent;
import se.samordna.sip.ConsentCircumstances;
import se.samordna.sip.ConsentGiver;
import se.samordna.sip.ConsentMethod;
import se.samordna.sip.Coordinator;
import se.samordna.sip.CoordinatorCandidate;
import se.samordna.sip.FollowUp;
import se.samordna.sip.JoiningUnit;
import se.samordna.sip.OtherOpenSips;
import se.samordna.sip.Participant;
import se.samordna.sip.PlanContent;
import se.samordna.sip.PlanDelivery;
import se.samordna.sip.PlanVersion;
import se.samordna.sip.Preparation;
import se.samordna.sip.Sip;
import se.samordna.sip.SipStep;

/**
 * Demo mode's SIPs, one cast with the demo people (PERSONAS.md), so that a newcomer
 * logging in as anna or erik sees a living system: waiting for consent, consented,
 * invited to a first meeting, a plan in force, a follow-up due (for the person with
 * protected identity), and a closed case in Enköping; Gunnar's first meeting is called
 * (INVITED); an earlier assessment of Karin's ended when she said no. Built through the
 * aggregate itself, so they obey every rule; made once, when there are no SIPs at all,
 * and only with the demo cast ({@link DemoSettings#cast()}).
 */
@Component
@Conditional(DemoModeCondition.class)
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class DemoSips implements ApplicationRunner {

	static final UUID REGION = UUID.fromString("10000000-0000-0000-0000-000000000001");

	static final UUID UPPSALA = UUID.fromString("10000000-0000-0000-0000-000000000002");

	static final UUID ENKOPING = UUID.fromString("10000000-0000-0000-0000-000000000003");

	static final UUID VARDCENTRAL = UUID.fromString("20000000-0000-0000-0000-000000000001");

	static final UUID BUP = UUID.fromString("20000000-0000-0000-0000-000000000002");

	static final UUID VUXENPSYKIATRI = UUID.fromString("20000000-0000-0000-0000-000000000003");

	static final UUID SOCIALTJANST_UPPSALA = UUID.fromString("20000000-0000-0000-0000-000000000011");

	static final UUID BISTAND_UPPSALA = UUID.fromString("20000000-0000-0000-0000-000000000012");

	static final UUID HEMSJUKVARD_UPPSALA = UUID.fromString("20000000-0000-0000-0000-000000000013");

	static final UUID ELEVHALSA = UUID.fromString("20000000-0000-0000-0000-000000000015");

	static final UUID BISTAND_ENKOPING = UUID.fromString("20000000-0000-0000-0000-000000000021");

	static final UUID HEMSJUKVARD_ENKOPING = UUID.fromString("20000000-0000-0000-0000-000000000023");

	static final Actor ANNA = new Actor(staff(1), SOCIALTJANST_UPPSALA);

	static final Actor ERIK = new Actor(staff(2), VARDCENTRAL);

	static final Actor OLLE = new Actor(staff(4), BISTAND_ENKOPING);

	static final Actor HANNA = new Actor(staff(8), HEMSJUKVARD_UPPSALA);

	// the demo people's ages (PERSONAS.md): Alex and Elsa are children, Gunnar and Karin
	// over 65
	private static final Map<Integer, AgeBand> AGE_BANDS = Map.of(1, AgeBand.CHILD, 3, AgeBand.CHILD, 4, AgeBand.SENIOR,
			6, AgeBand.ADULT, 7, AgeBand.ADULT, 8, AgeBand.SENIOR);

	private final SipRepository sips;

	private final SipRecords records;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final DemoSettings demo;

	DemoSips(SipRepository sips, SipRecords records, JdbcClient jdbc, TransactionTemplate transaction, Clock clock,
			DemoSettings demo) {
		this.sips = sips;
		this.records = records;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.demo = demo;
	}

	static UUID staff(int number) {
		return UUID.fromString("30000000-0000-0000-0000-0000000000%02d".formatted(number));
	}

	static UUID person(int number) {
		return UUID.fromString("40000000-0000-0000-0000-00000000000" + number);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.cast()) {
			return;
		}
		if (jdbc.sql("select count(*) from sip").query(Long.class).single() > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			elsaWaitsForConsent();
			karinSaidNoAtFirst();
			karinHasConsented();
			gunnarIsInvited();
			alexHasAPlan();
			sannasFollowUpIsDue();
			bosSipIsClosed();
			bosNewSipIsBeingPrepared();
		});
	}

	private Instant daysAgo(int days) {
		return Instant.now(clock).minus(Duration.ofDays(days));
	}

	private LocalDate dateDaysAgo(int days) {
		return LocalDate.now(clock).minusDays(days);
	}

	private Sip start(int person, Assessment assessment, Actor by, int daysAgo) {
		// the cast has at most one open SIP per person
		Sip sip = Sip.start(person(person), assessment, AGE_BANDS.get(person), by, daysAgo(daysAgo), OtherOpenSips.NONE,
				false);
		step(sip, SipStep.Kind.STARTED, by, daysAgo);
		return sip;
	}

	private void consent(Sip sip, ConsentCircumstances circumstances, ConsentGiver giver, List<String> persons,
			Set<UUID> organisations, Actor by, int daysAgo) {
		sip.recordConsent(Consent.given(circumstances, giver, persons, ConsentMethod.WRITTEN, dateDaysAgo(daysAgo),
				dateDaysAgo(daysAgo), by.staffId(), organisations, null, null), daysAgo(daysAgo));
		step(sip, SipStep.Kind.CONSENT_RECORDED, by, daysAgo);
	}

	private void add(Sip sip, UUID unit, UUID organisation, String role, Actor by, int daysAgo) {
		// every unit the cast adds gives care or services
		sip.addParticipant(Participant.unit(unit, role), new JoiningUnit(organisation, true), daysAgo(daysAgo));
		step(sip, SipStep.Kind.PARTICIPANT_ADDED, by, daysAgo);
	}

	/**
	 * Confirmed {@code daysAgo}, to be followed up on {@code followUp}, by everyone
	 * taking part.
	 */
	private void confirm(Sip sip, PlanContent plan, Coordinator coordinator, LocalDate followUp, Actor by,
			int daysAgo) {
		sip.editPlan(plan, sip.version());
		// the demo's coordinators are active staff of kommun and region units
		pendingVersions
			.add(sip.confirmPlan(new CoordinatorCandidate(coordinator.staffId(), coordinator.unitId(), true, true),
					followUp, sip.participants().stream().map(Participant::id).collect(Collectors.toSet()), by,
					dateDaysAgo(daysAgo), daysAgo(daysAgo)));
		step(sip, SipStep.Kind.PLAN_CONFIRMED, by, daysAgo);
	}

	/** The person got the plan version just confirmed. */
	private void given(Sip sip, PlanDelivery delivery, Actor by, int daysAgo) {
		sip.recordPlanGiven(sip.planVersion(), delivery, false, daysAgo(daysAgo));
		pendingDeliveries.add(new PendingDelivery(sip.id(),
				new PlanDelivery.Given(sip.planVersion(), delivery, by.staffId(), daysAgo(daysAgo))));
		step(sip, SipStep.Kind.PLAN_GIVEN, by, daysAgo);
	}

	private final List<PendingDelivery> pendingDeliveries = new ArrayList<>();

	private record PendingDelivery(UUID sipId, PlanDelivery.Given given) {
	}

	// a SIP's versions and steps refer to its row, so they are written after it is saved
	private final List<PlanVersion> pendingVersions = new ArrayList<>();

	private final List<PendingStep> pendingSteps = new ArrayList<>();

	private record PendingStep(UUID sipId, SipStep.Kind kind, Actor by, Instant at) {
	}

	private void step(Sip sip, SipStep.Kind kind, Actor by, int daysAgo) {
		pendingSteps.add(new PendingStep(sip.id(), kind, by, daysAgo(daysAgo)));
	}

	private void save(Sip sip) {
		sips.save(sip);
		pendingVersions.forEach(records::store);
		pendingDeliveries.forEach(d -> records.store(d.sipId(), d.given()));
		pendingSteps.forEach(s -> records.step(s.sipId(), s.kind(), s.by().staffId(), s.by().unitId(), s.at()));
		pendingVersions.clear();
		pendingDeliveries.clear();
		pendingSteps.clear();
	}

	private static PlanContent.Action action(String description, UUID unit, LocalDate start) {
		return new PlanContent.Action(UUID.randomUUID(), description, unit, start, null,
				PlanContent.Action.Timing.INDEPENDENT, null);
	}

	private void elsaWaitsForConsent() {
		Sip sip = start(3, new Assessment(Assessment.NoticedBy.SKOLA, Assessment.LegalTrack.SOL_HSL,
				Assessment.SipLevel.SIP, "Skolan är orolig för Elsas frånvaro och mående."), ANNA, 2);
		save(sip);
	}

	/**
	 * An earlier assessment that ended before it began: Karin did not want a SIP then.
	 */
	private void karinSaidNoAtFirst() {
		Sip sip = start(8,
				new Assessment(Assessment.NoticedBy.KOMMUNAL_HALSO_OCH_SJUKVARD, Assessment.LegalTrack.SOL_HSL,
						Assessment.SipLevel.SIP, "Hemsjukvården såg behov av samordning efter ett fall i hemmet."),
				HANNA, 40);
		sip.close(ClosingReason.CONSENT_DECLINED, null, HANNA, daysAgo(38), OtherOpenSips.NONE);
		step(sip, SipStep.Kind.CLOSED, HANNA, 38);
		save(sip);
	}

	private void karinHasConsented() {
		Sip sip = start(8,
				new Assessment(Assessment.NoticedBy.KOMMUNAL_HALSO_OCH_SJUKVARD, Assessment.LegalTrack.SOL_HSL,
						Assessment.SipLevel.SIP,
						"Insatser från hemsjukvård, vårdcentral och hemtjänst behöver samordnas."),
				HANNA, 10);
		consent(sip, new ConsentCircumstances(76, 0, false), ConsentGiver.INDIVIDUAL, List.of(),
				Set.of(UPPSALA, REGION), HANNA, 9);
		save(sip);
	}

	private void gunnarIsInvited() {
		Sip sip = start(4, new Assessment(Assessment.NoticedBy.REGIONAL_HALSO_OCH_SJUKVARD, Assessment.LegalTrack.LSVU,
				Assessment.SipLevel.SIP, "Utskrivning från medicinavdelning; behöver hemsjukvård och hemtjänst."), ERIK,
				6);
		consent(sip, new ConsentCircumstances(78, 0, true), ConsentGiver.REPRESENTATIVE, List.of("Gudrun Holm"),
				Set.of(UPPSALA, REGION), ERIK, 6);
		add(sip, HEMSJUKVARD_UPPSALA, UPPSALA, "Hemsjukvård", ERIK, 5);
		add(sip, BISTAND_UPPSALA, UPPSALA, "Biståndshandläggare", ERIK, 5);
		sip.prepare(new Preparation("Att få bo kvar hemma och känna mig trygg på nätterna.",
				"Planera stödet efter utskrivningen", null, "Gudrun och min son Per", null,
				Set.of(Preparation.TakingPart.WHOLE_MEETING, Preparation.TakingPart.IN_PERSON), null, "Hörslinga",
				"Gudrun Holm", null));
		step(sip, SipStep.Kind.PREPARED, ERIK, 4);
		// the first meeting is called (the meetings module's demo data holds the
		// kallelse)
		sip.meetingCalled();
		step(sip, SipStep.Kind.MEETING_CALLED, ERIK, 3);
		save(sip);
	}

	private void alexHasAPlan() {
		Sip sip = start(1,
				new Assessment(Assessment.NoticedBy.SKOLA, Assessment.LegalTrack.SOL_HSL, Assessment.SipLevel.SIP_PLUS,
						"Stor skolfrånvaro och oro; kontakt med BUP, elevhälsa och socialtjänst."),
				ANNA, 70);
		consent(sip, new ConsentCircumstances(16, 2, false), ConsentGiver.INDIVIDUAL, List.of(),
				Set.of(UPPSALA, REGION), ANNA, 69);
		add(sip, BUP, REGION, "Behandlande psykolog", ANNA, 68);
		add(sip, ELEVHALSA, UPPSALA, "Skolkurator", ANNA, 68);
		add(sip, VARDCENTRAL, REGION, "Vårdcentral", ANNA, 68);
		sip.prepare(new Preparation("Att orka gå till skolan och att mamma inte ska behöva oroa sig.", null,
				"Kan jag få gå kortare dagar?", "Mamma och skolkuratorn", null,
				Set.of(Preparation.TakingPart.PART_OF_MEETING, Preparation.TakingPart.IN_PERSON), null, null, "Mamma",
				"Vill vara med den första halvtimmen"));
		step(sip, SipStep.Kind.PREPARED, ANNA, 60);
		LocalDate start = dateDaysAgo(45);
		confirm(sip, new PlanContent(List.of("Komma tillbaka till skolan", "Hjälp med oro och sömn"), List.of(
				new PlanContent.Goal("Jag vill gå i skolan varje dag", PlanContent.Goal.Term.LONG,
						List.of("Tre dagar i veckan före jullovet"), "Elevhälsan"),
				new PlanContent.Goal("Jag vill kunna sova på nätterna", PlanContent.Goal.Term.SHORT, List.of(), "BUP")),
				List.of(action("Samtalsbehandling varannan vecka", BUP, start),
						action("Anpassad studiegång och trygg person på skolan", ELEVHALSA, start),
						action("Familjestöd i hemmet", SOCIALTJANST_UPPSALA, start)),
				List.of(new PlanContent.Contact("Anna Berglund", "Socialtjänst barn och unga", "08-465 004 08"))),
				new Coordinator(ANNA.staffId(), ANNA.unitId()), LocalDate.now(clock).plusDays(30), ANNA, 45);
		given(sip, PlanDelivery.AT_MEETING, ANNA, 45);
		save(sip);
	}

	private void sannasFollowUpIsDue() {
		Sip sip = start(6,
				new Assessment(Assessment.NoticedBy.REGIONAL_HALSO_OCH_SJUKVARD, Assessment.LegalTrack.SOL_HSL,
						Assessment.SipLevel.SIP, "Behov av samordnat stöd kring psykisk ohälsa."),
				ERIK, 90);
		consent(sip, new ConsentCircumstances(40, 0, false), ConsentGiver.INDIVIDUAL, List.of(), Set.of(REGION), ERIK,
				90);
		add(sip, VUXENPSYKIATRI, REGION, "Öppenvårdsmottagning", ERIK, 89);
		confirm(sip,
				new PlanContent(List.of("Stöd i vardagen"),
						List.of(new PlanContent.Goal("Jag vill ha en fast kontakt", PlanContent.Goal.Term.LONG,
								List.of(), "Vårdcentralen")),
						List.of(action("Regelbundna samtal", VUXENPSYKIATRI, dateDaysAgo(80))), List.of()),
				new Coordinator(ERIK.staffId(), ERIK.unitId()), dateDaysAgo(3), ERIK, 80);
		sip.followUpFallsDue(LocalDate.now(clock), Instant.now(clock));
		save(sip);
	}

	private void bosNewSipIsBeingPrepared() {
		Sip sip = start(7,
				new Assessment(Assessment.NoticedBy.INDIVIDEN_ELLER_NARSTAENDE, Assessment.LegalTrack.SOL_HSL,
						Assessment.SipLevel.SIP, "Bo ber själv om samordning igen efter en tid på sjukhus."),
				OLLE, 8);
		consent(sip, new ConsentCircumstances(50, 0, false), ConsentGiver.INDIVIDUAL, List.of(), Set.of(ENKOPING), OLLE,
				7);
		add(sip, HEMSJUKVARD_ENKOPING, ENKOPING, "Hemsjukvård", OLLE, 7);
		sip.prepare(new Preparation("Att kunna laga mat själv igen.", "Planera stödet hemma", null, null, null,
				Set.of(Preparation.TakingPart.WHOLE_MEETING, Preparation.TakingPart.IN_PERSON), null, null, null,
				null));
		step(sip, SipStep.Kind.PREPARED, OLLE, 6);
		save(sip);
	}

	private void bosSipIsClosed() {
		Sip sip = start(7, new Assessment(Assessment.NoticedBy.KOMMUNAL_HALSO_OCH_SJUKVARD,
				Assessment.LegalTrack.SOL_HSL, Assessment.SipLevel.SIP, "Samordning av hemsjukvård och bistånd."), OLLE,
				200);
		consent(sip, new ConsentCircumstances(50, 0, false), ConsentGiver.INDIVIDUAL, List.of(), Set.of(ENKOPING), OLLE,
				199);
		add(sip, HEMSJUKVARD_ENKOPING, ENKOPING, "Hemsjukvård", OLLE, 198);
		confirm(sip,
				new PlanContent(List.of("Trygghet i hemmet"),
						List.of(new PlanContent.Goal("Jag vill klara mig hemma", PlanContent.Goal.Term.LONG, List.of(),
								"Biståndsenheten")),
						List.of(action("Hemtjänst morgon och kväll", BISTAND_ENKOPING, dateDaysAgo(190))), List.of()),
				new Coordinator(OLLE.staffId(), OLLE.unitId()), dateDaysAgo(100), OLLE, 190);
		given(sip, PlanDelivery.AFTERWARDS, OLLE, 188);
		var followUp = new FollowUp(Map.of(0, FollowUp.GoalOutcome.MET),
				Map.of(sip.plan().actions().get(0).id(), FollowUp.ActionOutcome.DONE), "Hemtjänsten", null, false,
				FollowUp.Decision.CLOSE, null, ClosingReason.WORKS_WITHOUT_SIP, null);
		sip.recordFollowUp(followUp, OLLE, dateDaysAgo(100), daysAgo(100), OtherOpenSips.NONE);
		step(sip, SipStep.Kind.FOLLOW_UP_RECORDED, OLLE, 100);
		step(sip, SipStep.Kind.CLOSED, OLLE, 100);
		save(sip);
		records.store(sip.id(), followUp, OLLE.staffId(), daysAgo(100));
	}

}
