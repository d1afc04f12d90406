package se.samordna.statistics.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samordna.statistics.Measures;
import se.samordna.statistics.Scope;

/**
 * The measures as SQL over the read model. Every query runs over the months of the period
 * and over the whole period as one more bucket (month null), with days in Stockholm time.
 * A SIP closed as a duplicate of another was started by mistake: it counts nowhere.
 */
@Repository
public class MeasureQueries {

	// the months of the period, then the whole period; "whole" sorts last
	private static final String BUCKETS = """
			with buckets as (
			    select d::date as start, (d + interval '1 month')::date as stop, false as whole
			    from generate_series(cast(:from as date), cast(:to as date), interval '1 month') d
			    union all
			    select cast(:from as date), (cast(:to as date) + interval '1 month')::date, true
			)
			""";

	private static final String SIPS = """
			, sips as (
			    select sip_id, noticed_by, track, level, age_band, closing_reason,
			           (started_at at time zone 'Europe/Stockholm')::date as started_on,
			           (consent_at at time zone 'Europe/Stockholm')::date as consent_on,
			           (first_meeting_at at time zone 'Europe/Stockholm')::date as first_meeting_on,
			           (plan_at at time zone 'Europe/Stockholm')::date as plan_on,
			           (closed_at at time zone 'Europe/Stockholm')::date as closed_on
			    from stat_sip
			    where started_at is not null
			      and closing_reason is distinct from 'DUPLICATE'
			      and (cast(:organisation as uuid) is null or organisation_id = :organisation)
			      and (cast(:unit as uuid) is null or unit_id = :unit)
			)
			""";

	private final JdbcClient jdbc;

	MeasureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private JdbcClient.StatementSpec query(String sql, Scope scope, YearMonth from, YearMonth to) {
		return jdbc.sql(sql)
			.param("from", Date.valueOf(from.atDay(1)))
			.param("to", Date.valueOf(to.atDay(1)))
			.param("organisation", scope.organisationId())
			.param("unit", scope.unitId());
	}

	private static @Nullable YearMonth month(ResultSet rs) throws SQLException {
		return rs.getBoolean("whole") ? null : YearMonth.from(rs.getDate("start").toLocalDate());
	}

	private static final String IN = " >= b.start and %s < b.stop";

	private static String in(String column) {
		return column + IN.formatted(column);
	}

	public List<Measures.Result> results(Scope scope, YearMonth from, YearMonth to) {
		return query(
				BUCKETS + SIPS + """
						select b.start, b.whole,
						       count(s.sip_id) filter (where %s) as started,
						       count(s.sip_id) filter (where %s) as consented,
						       count(s.sip_id) filter (where %s) as first_meetings,
						       count(s.sip_id) filter (where %s) as plans,
						       count(s.sip_id) filter (where %s) as closed,
						       count(s.sip_id) filter (where s.started_on < b.stop
						                                 and (s.closed_on is null or s.closed_on >= b.stop)) as active
						from buckets b left join sips s on true
						group by b.start, b.whole order by b.whole, b.start""".formatted(in("s.started_on"),
						in("s.consent_on"), in("s.first_meeting_on"), in("s.plan_on"), in("s.closed_on")),
				scope, from, to)
			.query((rs, row) -> new Measures.Result(month(rs), rs.getInt("started"), rs.getInt("consented"),
					rs.getInt("first_meetings"), rs.getInt("plans"), rs.getInt("closed"), rs.getInt("active")))
			.list();
	}

	/**
	 * For the SIPs started in the period, how many per track, level, age band and who
	 * noticed the need.
	 */
	public Map<String, Map<String, Integer>> startedBy(Scope scope, YearMonth from, YearMonth to) {
		var by = new LinkedHashMap<String, Map<String, Integer>>();
		for (String dimension : List.of("track", "level", "age_band", "noticed_by")) {
			var counts = new TreeMap<String, Integer>();
			query(BUCKETS + SIPS + """
					select s.%1$s as code, count(*) as n from sips s, buckets b
					where b.whole and %2$s group by s.%1$s""".formatted(dimension, in("s.started_on")), scope, from, to)
				.query(rs -> {
					counts.put(rs.getString("code"), rs.getInt("n"));
				});
			by.put(dimension, counts);
		}
		return by;
	}

	public List<Measures.Process> process(Scope scope, YearMonth from, YearMonth to, LocalDate today) {
		record Times(Measures.Median toConsent, Measures.Median toFirstMeeting, Measures.Median toPlan) {
		}
		var times = new LinkedHashMap<@Nullable YearMonth, Times>();
		query(BUCKETS + SIPS
				+ """
						select b.start, b.whole,
						       count(s.sip_id) filter (where %1$s) as n_consent,
						       percentile_cont(0.5) within group (order by s.consent_on - s.started_on) filter (where %1$s) as consent,
						       count(s.sip_id) filter (where %2$s) as n_meeting,
						       percentile_cont(0.5) within group (order by s.first_meeting_on - s.started_on) filter (where %2$s) as meeting,
						       count(s.sip_id) filter (where %3$s) as n_plan,
						       percentile_cont(0.5) within group (order by s.plan_on - s.started_on) filter (where %3$s) as plan
						from buckets b left join sips s on true
						group by b.start, b.whole order by b.whole, b.start"""
					.formatted(in("s.consent_on"), in("s.first_meeting_on"), in("s.plan_on")),
				scope, from, to)
			.query(rs -> {
				times.put(month(rs), new Times(median(rs, "n_consent", "consent"), median(rs, "n_meeting", "meeting"),
						median(rs, "n_plan", "plan")));
			});
		record Plans(int plans, int given) {
		}
		var plans = new LinkedHashMap<@Nullable YearMonth, Plans>();
		query(BUCKETS + SIPS + """
				select b.start, b.whole,
				       count(p.sip_id) filter (where %1$s) as plans,
				       count(p.sip_id) filter (where %1$s and p.given_at is not null) as given
				from buckets b left join (
				    select p.sip_id, p.given_at, (p.confirmed_at at time zone 'Europe/Stockholm')::date as confirmed_on
				    from stat_plan p join sips s on s.sip_id = p.sip_id where p.confirmed_at is not null) p on true
				group by b.start, b.whole order by b.whole, b.start""".formatted(in("p.confirmed_on")), scope, from, to)
			.query(rs -> {
				plans.put(month(rs), new Plans(rs.getInt("plans"), rs.getInt("given")));
			});
		record FollowUps(int due, int onTime) {
		}
		var followUps = new LinkedHashMap<@Nullable YearMonth, FollowUps>();
		query(BUCKETS + SIPS + """
				select b.start, b.whole,
				       count(f.sip_id) filter (where %1$s) as due,
				       count(f.sip_id) filter (where %1$s and f.held_on <= f.due_on) as on_time
				from buckets b left join (
				    select f.sip_id, f.due_on, (f.held_at at time zone 'Europe/Stockholm')::date as held_on
				    from stat_follow_up f join sips s on s.sip_id = f.sip_id
				    where f.due_on < :today
				      -- a date replaced by a later one before it came was never due
				      and (f.held_at is not null or not exists (
				          select 1 from stat_follow_up later
				          where later.sip_id = f.sip_id and later.set_at > f.set_at))) f on true
				group by b.start, b.whole order by b.whole, b.start""".formatted(in("f.due_on")), scope, from, to)
			.param("today", Date.valueOf(today))
			.query(rs -> {
				followUps.put(month(rs), new FollowUps(rs.getInt("due"), rs.getInt("on_time")));
			});
		record Meetings(int invited, int answered, int noShows) {
		}
		var meetings = new LinkedHashMap<@Nullable YearMonth, Meetings>();
		query(BUCKETS + """
				select b.start, b.whole,
				       coalesce(sum(m.invited) filter (where %1$s), 0) as invited,
				       coalesce(sum(m.answered) filter (where %1$s), 0) as answered,
				       coalesce(sum(m.no_shows) filter (where %1$s), 0) as no_shows
				from buckets b left join (
				    select invited, answered, no_shows, (held_at at time zone 'Europe/Stockholm')::date as held_on
				    from stat_meeting
				    where (cast(:organisation as uuid) is null or organisation_id = :organisation)
				      and (cast(:unit as uuid) is null or unit_id = :unit)) m on true
				group by b.start, b.whole order by b.whole, b.start""".formatted(in("m.held_on")), scope, from, to)
			.query(rs -> {
				meetings.put(month(rs),
						new Meetings(rs.getInt("invited"), rs.getInt("answered"), rs.getInt("no_shows")));
			});
		return times.entrySet().stream().map(entry -> {
			YearMonth month = entry.getKey();
			Times t = entry.getValue();
			Plans p = plans.get(month);
			FollowUps f = followUps.get(month);
			Meetings m = meetings.get(month);
			return new Measures.Process(month, t.toConsent(), t.toFirstMeeting(), t.toPlan(), p.plans(), p.given(),
					f.due(), f.onTime(), m.invited(), m.answered(), m.noShows());
		}).toList();
	}

	private static Measures.Median median(ResultSet rs, String n, String days) throws SQLException {
		double value = rs.getDouble(days);
		return new Measures.Median(rs.getInt(n), rs.wasNull() ? null : value);
	}

	public List<Measures.Effect> effect(Scope scope, YearMonth from, YearMonth to) {
		return query(BUCKETS + SIPS + """
				select b.start, b.whole,
				       count(f.sip_id) filter (where %1$s) as follow_ups,
				       coalesce(sum(f.goals_met) filter (where %1$s), 0) as met,
				       coalesce(sum(f.goals_partly) filter (where %1$s), 0) as partly,
				       coalesce(sum(f.goals_not_met) filter (where %1$s), 0) as not_met
				from buckets b left join (
				    select f.sip_id, f.goals_met, f.goals_partly, f.goals_not_met,
				           (f.held_at at time zone 'Europe/Stockholm')::date as held_on
				    from stat_follow_up f join sips s on s.sip_id = f.sip_id where f.held_at is not null) f on true
				group by b.start, b.whole order by b.whole, b.start""".formatted(in("f.held_on")), scope, from, to)
			.query((rs, row) -> new Measures.Effect(month(rs), rs.getInt("follow_ups"), rs.getInt("met"),
					rs.getInt("partly"), rs.getInt("not_met")))
			.list();
	}

	public List<Measures.Need> need(Scope scope, YearMonth from, YearMonth to) {
		return query(BUCKETS + SIPS + """
				select b.start, b.whole,
				       count(s.sip_id) filter (where %1$s) as assessed,
				       count(s.sip_id) filter (where %2$s and s.plan_on is null
				           and s.closing_reason in ('CONSENT_DECLINED', 'CONSENT_WITHDRAWN')) as declined,
				       count(s.sip_id) filter (where %2$s and s.plan_on is null
				           and s.closing_reason not in ('CONSENT_DECLINED', 'CONSENT_WITHDRAWN')) as otherwise
				from buckets b left join sips s on true
				group by b.start, b.whole order by b.whole, b.start""".formatted(in("s.started_on"), in("s.closed_on")),
				scope, from, to)
			.query((rs, row) -> new Measures.Need(month(rs), rs.getInt("assessed"), rs.getInt("declined"),
					rs.getInt("otherwise")))
			.list();
	}

}
