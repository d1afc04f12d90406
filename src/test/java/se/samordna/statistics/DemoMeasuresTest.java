package se.samordna.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samordna.DemoCastTest;
import se.samordna.survey.MeetingType;
import se.samordna.survey.SurveyCount;
import se.samordna.survey.SurveyRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every measure computed from the demo data alone (the demo's own database, which no test
 * writes to, so no other test's SIPs are counted), against a hand count of the demo cast
 * in DemoSips, DemoMeetings and DemoSurveyAnswers. The days below are how many days ago
 * each step happened there.
 */
@DemoCastTest
class DemoMeasuresTest {

	static final UUID REGION = UUID.fromString("10000000-0000-0000-0000-000000000001");

	static final UUID ENKOPING = UUID.fromString("10000000-0000-0000-0000-000000000003");

	static final UUID VARDCENTRAL = UUID.fromString("20000000-0000-0000-0000-000000000001");

	/**
	 * One demo SIP as a hand count: days ago of each step, -1 where it never happened.
	 */
	record Demo(String who, int started, int consent, int firstMeeting, int plan, int closed) {
	}

	static final List<Demo> CAST = List.of(new Demo("Elsa", 2, -1, -1, -1, -1),
			new Demo("Karin, said no", 40, -1, -1, -1, 38), new Demo("Karin", 10, 9, -1, -1, -1),
			new Demo("Gunnar", 6, 6, -1, -1, -1), new Demo("Alex", 70, 69, 45, 45, -1),
			new Demo("Sanna", 90, 90, 80, 80, -1), new Demo("Bo, closed", 200, 199, 190, 190, 100),
			new Demo("Bo", 8, 7, -1, -1, -1));

	@Autowired
	Statistics statistics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	YearMonth from;

	YearMonth to;

	@BeforeEach
	void theEventsHaveReachedTheReadModel() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from stat_sip where started_at is not null")
				.query(Long.class)
				.single() == 8
					&& jdbc.sql("select count(*) from stat_sip where closed_at is not null")
						.query(Long.class)
						.single() == 2
					&& jdbc.sql("select count(*) from stat_plan where given_at is not null")
						.query(Long.class)
						.single() == 2
					&& jdbc.sql("select count(*) from stat_plan where confirmed_at is not null")
						.query(Long.class)
						.single() == 3
					&& jdbc.sql("select count(*) from stat_follow_up where held_at is not null")
						.query(Long.class)
						.single() == 1
					&& jdbc.sql("select count(*) from stat_follow_up where set_at is not null")
						.query(Long.class)
						.single() == 3
					&& jdbc.sql("select count(*) from stat_meeting").query(Long.class).single() == 1
					&& jdbc.sql("select count(*) from stat_sip where consent_at is not null")
						.query(Long.class)
						.single() == 6
					&& jdbc.sql("select count(*) from stat_sip where first_meeting_at is not null")
						.query(Long.class)
						.single() == 3);
		to = YearMonth.now(clock);
		from = month(200);
	}

	YearMonth month(int daysAgo) {
		return YearMonth.from(LocalDate.ofInstant(Instant.now(clock).minus(Duration.ofDays(daysAgo)), clock.getZone()));
	}

	long inMonth(YearMonth month, java.util.function.ToIntFunction<Demo> step) {
		return CAST.stream().filter(d -> step.applyAsInt(d) >= 0 && month(step.applyAsInt(d)).equals(month)).count();
	}

	static <T> T whole(List<T> rows) {
		return rows.get(rows.size() - 1);
	}

	@Test
	void resultMeasuresMatchTheHandCountPerMonthAndForThePeriod() {
		Measures measures = statistics.measures(Scope.COUNTY, from, to);
		assertThat(measures.results()).hasSize(from.until(to, java.time.temporal.ChronoUnit.MONTHS) == 0 ? 2
				: (int) from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 2);
		for (Measures.Result row : measures.results()) {
			if (row.month() == null) {
				continue;
			}
			YearMonth m = row.month();
			assertThat(row.started()).as("started in %s", m).isEqualTo(inMonth(m, Demo::started));
			assertThat(row.consented()).as("consented in %s", m).isEqualTo(inMonth(m, Demo::consent));
			assertThat(row.firstMeetings()).as("first meetings in %s", m).isEqualTo(inMonth(m, Demo::firstMeeting));
			assertThat(row.plans()).as("plans in %s", m).isEqualTo(inMonth(m, Demo::plan));
			assertThat(row.closed()).as("closed in %s", m).isEqualTo(inMonth(m, Demo::closed));
			long active = CAST.stream()
				.filter(d -> !month(d.started()).isAfter(m) && (d.closed() < 0 || month(d.closed()).isAfter(m)))
				.count();
			assertThat(row.activeAtEnd()).as("active at the end of %s", m).isEqualTo(active);
		}
		assertThat(whole(measures.results())).isEqualTo(new Measures.Result(null, 8, 6, 3, 3, 2, 6));
		assertThat(measures.startedBy()).isEqualTo(Map.of("track", Map.of("SOL_HSL", 7, "LSVU", 1), "level",
				Map.of("SIP", 7, "SIP_PLUS", 1), "age_band", Map.of("CHILD", 2, "ADULT", 3, "SENIOR", 3), "noticed_by",
				Map.of("SKOLA", 2, "KOMMUNAL_HALSO_OCH_SJUKVARD", 3, "REGIONAL_HALSO_OCH_SJUKVARD", 2,
						"INDIVIDEN_ELLER_NARSTAENDE", 1)));
	}

	@Test
	void processMeasuresMatchTheHandCount() {
		Measures.Process period = whole(statistics.measures(Scope.COUNTY, from, to).process());
		// consent came 1, 0, 1, 0, 1 and 1 days after the start
		assertThat(period.toConsent()).isEqualTo(new Measures.Median(6, 1.0));
		// first meeting and plan: Alex after 25 days, Sanna and Bo after 10
		assertThat(period.toFirstMeeting()).isEqualTo(new Measures.Median(3, 10.0));
		assertThat(period.toPlan()).isEqualTo(new Measures.Median(3, 10.0));
		// three plans, Alex's given at the meeting and Bo's afterwards
		assertThat(period.plans()).isEqualTo(3);
		assertThat(period.plansGiven()).isEqualTo(2);
		// Bo's follow-up was held on its day; Sanna's is three days late; Alex's is not
		// due yet
		assertThat(period.followUpsDue()).isEqualTo(2);
		assertThat(period.followUpsOnTime()).isEqualTo(1);
		// Bo's first meeting: three invited; Bo answered, hemsjukvården came without
		// answering, his
		// daughter neither answered nor came
		assertThat(period.invited()).isEqualTo(3);
		assertThat(period.answered()).isEqualTo(1);
		assertThat(period.noShows()).isEqualTo(1);
	}

	@Test
	void effectAndNeedMeasuresMatchTheHandCount() {
		Measures measures = statistics.measures(Scope.COUNTY, from, to);
		// Bo's follow-up found his one goal met
		assertThat(whole(measures.effect())).isEqualTo(new Measures.Effect(null, 1, 1, 0, 0));
		assertThat(measures.effect()).filteredOn(e -> month(100).equals(e.month()))
			.containsExactly(new Measures.Effect(month(100), 1, 1, 0, 0));
		// eight assessments; Karin's first ended before a plan because she said no
		assertThat(whole(measures.need())).isEqualTo(new Measures.Need(null, 8, 1, 0));
		// the survey's effect statements, from the demo's paper answers
		// (DemoSurveyAnswers)
		assertThat(count(measures, SurveyRole.PROFESSIONAL, "planned_done", MeetingType.FOLLOW_UP)).containsExactly(6,
				3, 1, 1);
		assertThat(count(measures, SurveyRole.PROFESSIONAL, "goals_met", MeetingType.FOLLOW_UP)).containsExactly(3, 5,
				2, 1);
		assertThat(count(measures, SurveyRole.INDIVIDUAL, "plan_received", MeetingType.FOLLOW_UP)).containsExactly(2, 1,
				1, 0);
		assertThat(count(measures, SurveyRole.PROFESSIONAL, "prepared", MeetingType.FIRST)).containsExactly(7, 3, 1, 1);
		assertThat(count(measures, SurveyRole.PROFESSIONAL, "prepared", null)).containsExactly(7, 3, 1, 1);
	}

	@Test
	void aPrincipalOrAUnitCountsOnlyItsOwnWork() {
		Measures vardcentral = statistics.measures(Scope.unit(REGION, VARDCENTRAL), from, to);
		// Gunnar and Sanna started at the vårdcentral; Sanna's plan; no meeting held
		// there
		assertThat(whole(vardcentral.results())).isEqualTo(new Measures.Result(null, 2, 2, 1, 1, 0, 2));
		assertThat(whole(vardcentral.process()).invited()).isZero();
		assertThat(count(vardcentral, SurveyRole.PROFESSIONAL, "prepared", MeetingType.FIRST)).containsExactly(7, 3, 1,
				1);
		assertThat(count(vardcentral, SurveyRole.PROFESSIONAL, "planned_done", MeetingType.FOLLOW_UP))
			.containsExactly(0, 0, 0, 0);
		Measures enkoping = statistics.measures(new Scope(ENKOPING, null), from, to);
		assertThat(whole(enkoping.results())).isEqualTo(new Measures.Result(null, 2, 2, 1, 1, 1, 1));
		assertThat(whole(enkoping.process()).noShows()).isEqualTo(1);
	}

	static List<Integer> count(Measures measures, SurveyRole role, String statement, MeetingType type) {
		return measures.survey()
			.stream()
			.filter(c -> c.role() == role && c.statement().equals(statement) && c.meetingType() == type)
			.findFirst()
			.map(SurveyCount::counts)
			.orElseThrow();
	}

}
