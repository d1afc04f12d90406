package se.samordna.statistics.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import se.samordna.statistics.Measures;
import se.samordna.statistics.SmallNumbers;
import se.samordna.survey.SurveyCount;

/**
 * The measures as tables of text, with the small-number rules applied once: the page and
 * every CSV file show exactly the same cells.
 */
final class Dashboard {

	/**
	 * @param columns the CSV column names; the page labels them from the bundle as
	 * statistics.column.<name>
	 */
	record Table(String id, List<String> columns, List<Row> rows) {
	}

	/**
	 * @param label a month (yyyy-MM), "all" for the whole period, or a code
	 */
	record Row(String label, List<String> cells) {
	}

	/**
	 * A bar chart of one series, laid out in SVG units; suppressed values have no bar,
	 * only their text.
	 */
	record Chart(String id, String titleKey, List<Bar> bars, int width, int height) {
	}

	record Bar(String month, double x, double y, double width, double height, double textX, double textY, String text) {
	}

	private Dashboard() {
	}

	static final String ALL = "all";

	private static String label(@Nullable YearMonth month) {
		return month == null ? ALL : month.toString();
	}

	private static String percent(SmallNumbers small, int part, int n) {
		Integer percent = small.percent(part, n);
		return percent == null ? "" : String.valueOf(percent);
	}

	private static String days(SmallNumbers small, Measures.Median median) {
		Long days = small.days(median);
		return days == null ? "" : String.valueOf(days);
	}

	static Table results(Measures measures, SmallNumbers small) {
		return new Table("resultat",
				List.of("month", "started", "consented", "first_meetings", "plans", "closed", "active_at_end"),
				measures.results()
					.stream()
					.map(r -> new Row(label(r.month()),
							List.of(small.count(r.started()), small.count(r.consented()),
									small.count(r.firstMeetings()), small.count(r.plans()), small.count(r.closed()),
									small.count(r.activeAtEnd()))))
					.toList());
	}

	static Table process(Measures measures, SmallNumbers small) {
		return new Table("process",
				List.of("month", "days_to_consent", "days_to_first_meeting", "days_to_plan", "plans",
						"plans_given_percent", "follow_ups_due", "follow_ups_on_time_percent", "invited",
						"answered_percent", "no_shows"),
				measures.process()
					.stream()
					.map(p -> new Row(label(p.month()),
							List.of(days(small, p.toConsent()), days(small, p.toFirstMeeting()),
									days(small, p.toPlan()), small.count(p.plans()),
									percent(small, p.plansGiven(), p.plans()), small.count(p.followUpsDue()),
									percent(small, p.followUpsOnTime(), p.followUpsDue()), small.count(p.invited()),
									percent(small, p.answered(), p.invited()), small.count(p.noShows()))))
					.toList());
	}

	static Table effect(Measures measures, SmallNumbers small) {
		return new Table("effekt",
				List.of("month", "follow_ups", "goals_met", "goals_partly_met", "goals_not_met", "goals_met_percent"),
				measures.effect().stream().map(e -> {
					int goals = e.goalsMet() + e.goalsPartlyMet() + e.goalsNotMet();
					return new Row(label(e.month()),
							List.of(small.count(e.followUps()), small.count(e.goalsMet()),
									small.count(e.goalsPartlyMet()), small.count(e.goalsNotMet()),
									percent(small, e.goalsMet(), goals)));
				}).toList());
	}

	static Table need(Measures measures, SmallNumbers small) {
		return new Table("behov", List.of("month", "assessed", "ended_declined_consent", "ended_otherwise"),
				measures.need()
					.stream()
					.map(n -> new Row(label(n.month()),
							List.of(small.count(n.assessed()), small.count(n.endedDeclined()),
									small.count(n.endedOtherwise()))))
					.toList());
	}

	/** SIPs started in the period by track, level, age band and who noticed the need. */
	static Table startedBy(Measures measures, SmallNumbers small) {
		var rows = new ArrayList<Row>();
		measures.startedBy()
			.forEach((dimension, counts) -> counts.forEach((code, count) -> rows
				.add(new Row(dimension + "." + code, List.of(dimension, code, small.count(count))))));
		return new Table("startade", List.of("dimension", "code", "started"), rows);
	}

	/** The survey file's columns, as the county has them: shares in whole percent. */
	static Table survey(Measures measures, SmallNumbers small) {
		var rows = new ArrayList<Row>();
		for (SurveyCount count : measures.survey()) {
			int n = count.n();
			List<String> cells = new ArrayList<>(List.of(count.role().code(), count.statement(),
					count.meetingType() == null ? ALL : count.meetingType().code(), small.count(n)));
			count.counts().forEach(c -> cells.add(percent(small, c, n)));
			rows.add(new Row(count.role().code() + "." + count.statement(), cells));
		}
		return new Table("enkat",
				List.of("role", "statement", "meeting_type", "n", "helt", "delvis", "inte", "vet_inte"), rows);
	}

	static <T> Chart chart(String id, String titleKey, List<T> rows, Function<T, @Nullable YearMonth> month,
			Function<T, Integer> value, SmallNumbers small) {
		var monthly = rows.stream().filter(row -> month.apply(row) != null).toList();
		int width = 640;
		int height = 220;
		int top = 20;
		int bottom = 30;
		double slot = (double) width / Math.max(1, monthly.size());
		int max = Math.max(5, monthly.stream().mapToInt(value::apply).max().orElse(0));
		var bars = new ArrayList<Bar>();
		for (int i = 0; i < monthly.size(); i++) {
			T row = monthly.get(i);
			int v = value.apply(row);
			String text = small.count(v);
			boolean shown = !SmallNumbers.FEW.equals(text);
			double barHeight = shown ? (height - top - bottom) * (double) v / max : 0;
			double x = i * slot + slot * 0.15;
			double y = height - bottom - barHeight;
			bars.add(new Bar(month.apply(row).toString(), x, y, slot * 0.7, barHeight, x + slot * 0.35, y - 4, text));
		}
		return new Chart(id, titleKey, bars, width, height);
	}

	static Chart surveyChart(Map<YearMonth, Integer> responses, List<YearMonth> months, SmallNumbers small) {
		return chart("enkat-chart", "statistics.chart.survey", months, m -> m, m -> responses.getOrDefault(m, 0),
				small);
	}

}
