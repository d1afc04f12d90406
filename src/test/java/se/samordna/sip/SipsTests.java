package se.samordna.sip;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.samordna.IntegrationTest;
import se.samordna.TestLogins;
import se.samordna.access.AccessLogRows;
import se.samordna.directory.TestStaff;
import se.samordna.directory.TestUnits;
import se.samordna.people.Individual;
import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.FieldRefusal;
import se.samordna.platform.NotFoundException;
import se.samordna.testdata.TestIndividuals;
import se.samordna.testdata.TestSips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class SipsTests {

	static final UUID ERIK = TestStaff.ERIK;

	static final Set<UUID> KOMMUN_AND_REGION = TestSips.KOMMUN_AND_REGION;

	@Autowired
	Sips sips;

	@Autowired
	UserDetailsService logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	TestIndividuals individuals;

	@Autowired
	TestSips testSips;

	@AfterEach
	void signOut() {
		TestLogins.signOut();
	}

	/** Alex, 16, known to anna's unit (and to BUP, which takes no part in his SIP). */
	Individual alex;

	@BeforeEach
	void registerAlex() {
		TestLogins.signIn(logins, "anna");
		alex = individuals.alsoKnownBy(individuals.aged(16, "Alex", "Lindqvist"), "bodil");
	}

	/**
	 * anna starts a SIP for Alex (16), who consents himself, and adds erik's vårdcentral.
	 */
	Sip alexsSipWithEriksUnit() {
		TestLogins.signIn(logins, "anna");
		Sip sip = sips.start(alex.id(), new Assessment(Assessment.NoticedBy.SKOLA, Assessment.LegalTrack.SOL_HSL,
				Assessment.SipLevel.SIP, "Skolfrånvaro och oro."));
		sip = sips.recordConsent(sip.id(), sip.version(), ConsentGiver.INDIVIDUAL, List.of(), ConsentMethod.WRITTEN,
				LocalDate.now(clock), KOMMUN_AND_REGION, null, null);
		return sips.addUnit(sip.id(), sip.version(), TestUnits.VARDCENTRALEN_LINDGARDEN, "Vårdcentral");
	}

	static PlanContent plan(int actions) {
		List<PlanContent.Action> list = new ArrayList<>();
		for (int i = 0; i < actions; i++) {
			list.add(new PlanContent.Action(UUID.randomUUID(), "Insats " + (i + 1),
					i % 2 == 0 ? TestUnits.VARDCENTRALEN_LINDGARDEN : TestUnits.SOCIALTJANST_BARN_UPPSALA,
					LocalDate.now(), null, PlanContent.Action.Timing.INDEPENDENT, null));
		}
		return new PlanContent(List.of("Komma tillbaka till skolan"),
				List.of(new PlanContent.Goal("Jag vill gå i skolan", PlanContent.Goal.Term.LONG, List.of(),
						"Elevhälsan"),
						new PlanContent.Goal("Sova bättre", PlanContent.Goal.Term.SHORT, List.of(), "Vårdcentralen")),
				list, List.of(new PlanContent.Contact("Anna Berglund", "Socialtjänsten", null)));
	}

	@Test
	void aSipIsSeenOnlyByTheUnitsThatTakePartInIt() {
		Sip sip = alexsSipWithEriksUnit();

		TestLogins.signIn(logins, "erik");
		assertThat(sips.view(sip.id()).individualId()).isEqualTo(alex.id());

		// BUP knows Alex, but does not take part in this SIP
		TestLogins.signIn(logins, "bodil");
		assertThatThrownBy(() -> sips.view(sip.id())).isInstanceOf(NotFoundException.class);
		assertThat(new AccessLogRows(jdbc).lastReason("bodil", alex.id())).isEqualTo("access.denied.notParticipant");

		TestLogins.signIn(logins, "olle");
		assertThatThrownBy(() -> sips.view(sip.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theWholeCaseFromConsentToClosingKeepsEveryVersion() {
		Sip sip = alexsSipWithEriksUnit();
		sip = sips.editPlan(sip.id(), sip.version(), plan(3));
		PlanVersion first = sips.confirmPlan(sip.id(), sip.version(), ERIK, LocalDate.now().plusMonths(2),
				sip.participants().stream().map(Participant::id).collect(Collectors.toSet()));
		assertThat(first.number()).isEqualTo(1);

		TestLogins.signIn(logins, "erik");
		sip = sips.view(sip.id());
		sip = sips.recordFollowUp(sip.id(), sip.version(),
				new FollowUp(Map.of(0, FollowUp.GoalOutcome.PARTLY_MET, 1, FollowUp.GoalOutcome.MET),
						sip.plan()
							.actions()
							.stream()
							.collect(Collectors.toMap(PlanContent.Action::id, action -> FollowUp.ActionOutcome.DONE)),
						"Samtalen", null, false, FollowUp.Decision.REVISE_PLAN, null, null, null));
		sip = sips.editPlan(sip.id(), sip.version(), plan(4));
		PlanVersion second = sips.confirmPlan(sip.id(), sip.version(), ERIK, LocalDate.now().plusMonths(3),
				sip.participants().stream().map(Participant::id).collect(Collectors.toSet()));

		assertThat(second.number()).isEqualTo(2);
		assertThat(sips.versions(sip.id())).extracting(v -> v.content().actions().size()).containsExactly(3, 4);

		sip = sips.view(sip.id());
		sips.close(sip.id(), sip.version(), ClosingReason.NEED_MET, null);
		assertThat(sips.view(sip.id()).status()).isEqualTo(SipStatus.CLOSED);
		assertThat(sips.timeline(sip.id())).extracting(SipStep::kind)
			.contains(SipStep.Kind.STARTED, SipStep.Kind.CONSENT_RECORDED, SipStep.Kind.PLAN_CONFIRMED,
					SipStep.Kind.FOLLOW_UP_RECORDED, SipStep.Kind.CLOSED);
		assertThat(events.stream(SipEvents.SipClosed.class)).hasSize(1);
		assertThat(events.stream(SipEvents.PlanConfirmed.class)).hasSize(2);
	}

	@Test
	void confirmedVersionsCannotBeChangedInTheDatabase() {
		Sip sip = alexsSipWithEriksUnit();
		sip = sips.editPlan(sip.id(), sip.version(), plan(1));
		sips.confirmPlan(sip.id(), sip.version(), ERIK, LocalDate.now().plusMonths(1),
				sip.participants().stream().map(Participant::id).collect(Collectors.toSet()));
		UUID id = sip.id();
		assertThatThrownBy(
				() -> jdbc.sql("update sip_plan_version set kind = 'NEW_PLAN' where sip_id = ?").param(id).update())
			.rootCause()
			.hasMessageContaining("append-only");
	}

	@Autowired
	se.samordna.TestClock clock;

	@Autowired
	se.samordna.sip.internal.FollowUpClock followUpClock;

	@Test
	void aPlanFallsDueForFollowUpWhenTheClockReachesItsDate() {
		// confirmed two weeks ago, to be followed up today: the clock is not moved past
		// anyone else's follow-up date
		Sip sip = clock.inThePast(Duration.ofDays(14), () -> {
			Sip withUnit = alexsSipWithEriksUnit();
			Sip drafted = sips.editPlan(withUnit.id(), withUnit.version(), plan(1));
			sips.confirmPlan(drafted.id(), drafted.version(), ERIK, LocalDate.now(clock).plusDays(14),
					drafted.participants().stream().map(Participant::id).collect(Collectors.toSet()));
			return drafted;
		});
		UUID id = sip.id();

		clock.inThePast(Duration.ofDays(1), () -> followUpClock.markDueFollowUps());
		assertThat(sips.view(id).status()).isEqualTo(SipStatus.PLAN_ACTIVE);

		assertThat(followUpClock.markDueFollowUps()).isPositive();
		assertThat(sips.view(id).status()).isEqualTo(SipStatus.FOLLOW_UP_DUE);
		assertThat(events.stream(SipEvents.FollowUpFellDue.class).filter(e -> e.sipId().equals(id))).hasSize(1);
	}

	@Test
	void aSixteenYearOldConsentsHimself() {
		TestLogins.signIn(logins, "anna");
		Sip sip = sips.start(alex.id(), new Assessment(Assessment.NoticedBy.SOCIALTJANST, Assessment.LegalTrack.SOL_HSL,
				Assessment.SipLevel.SIP, "Behov av samordning."));
		assertThatThrownBy(() -> sips.recordConsent(sip.id(), sip.version(), ConsentGiver.GUARDIANS,
				List.of("Maria Lindqvist", "Johan Lindqvist"), ConsentMethod.WRITTEN, LocalDate.now(),
				KOMMUN_AND_REGION, null, null))
			.isInstanceOf(FieldRefusal.class)
			.hasFieldOrPropertyWithValue("messageKey", "sip.consent.youngPersonOwn");
	}

	@Test
	void aChildUnderFifteenWithTwoGuardiansNeedsBoth() {
		TestLogins.signIn(logins, "anna");
		Individual elsa = individuals.child(14, "Elsa", "Lindqvist", "Maria Lindqvist", "Johan Lindqvist");
		Sip sip = sips.start(elsa.id(), new Assessment(Assessment.NoticedBy.SKOLA, Assessment.LegalTrack.SOL_HSL,
				Assessment.SipLevel.SIP, "Oro från skolan."));
		assertThatThrownBy(
				() -> sips.recordConsent(sip.id(), sip.version(), ConsentGiver.GUARDIANS, List.of("Maria Lindqvist"),
						ConsentMethod.WRITTEN, LocalDate.now(), KOMMUN_AND_REGION, "Elsa vill ha hjälp", null))
			.hasFieldOrPropertyWithValue("messageKey", "sip.consent.bothGuardians");
		Sip consented = sips.recordConsent(sip.id(), sip.version(), ConsentGiver.GUARDIANS,
				List.of("Maria Lindqvist", "Johan Lindqvist"), ConsentMethod.WRITTEN, LocalDate.now(),
				KOMMUN_AND_REGION, "Elsa vill ha hjälp med läxorna", null);
		assertThat(consented.status()).isEqualTo(SipStatus.CONSENTED);
	}

	@Test
	void withdrawingConsentClosesTheSipForEveryone() {
		Sip sip = alexsSipWithEriksUnit();
		sips.withdrawConsent(sip.id(), sip.version());
		TestLogins.signIn(logins, "erik");
		Sip closed = sips.view(sip.id());
		assertThat(closed.status()).isEqualTo(SipStatus.CLOSED);
		assertThat(closed.closingReason()).contains(ClosingReason.CONSENT_WITHDRAWN);
		assertThat(events.stream(SipEvents.SipClosed.class)
			.filter(e -> e.sipId().equals(sip.id()))
			.map(SipEvents.SipClosed::reason)).containsExactly(ClosingReason.CONSENT_WITHDRAWN);
	}

	@Test
	void someoneModifiedTheSipInTheMeantime() throws Exception {
		Sip sip = alexsSipWithEriksUnit();
		long seen = sip.version();
		var both = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		Callable<String> anna = () -> edit("anna", sip.id(), seen, both);
		Callable<String> erik = () -> edit("erik", sip.id(), seen, both);
		Future<String> first = pool.submit(anna);
		Future<String> second = pool.submit(erik);
		both.countDown();
		List<String> outcomes = List.of(first.get(), second.get());
		pool.shutdown();
		assertThat(outcomes).containsExactlyInAnyOrder("saved", "refused");
	}

	private String edit(String username, UUID sipId, long seen, CountDownLatch start) throws InterruptedException {
		TestLogins.signIn(logins, username);
		start.await();
		try {
			sips.editPlan(sipId, seen, plan(1));
			return "saved";
		}
		catch (ConcurrentEditException e) {
			return "refused";
		}
		finally {
			TestLogins.signOut();
		}
	}

}
