package se.samordna.statistics.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samordna.directory.Directory;
import se.samordna.directory.Organisation;
import se.samordna.directory.Unit;
import se.samordna.platform.NotFoundException;
import se.samordna.statistics.Measures;
import se.samordna.statistics.Scope;
import se.samordna.statistics.SmallNumbers;
import se.samordna.statistics.Statistics;

/** The dashboard of the five measures and the survey, and every table as CSV. */
@Controller
class StatisticsController {

	private static final int LONGEST_PERIOD = 36;

	private final Statistics statistics;

	private final SmallNumbers small;

	private final Directory directory;

	StatisticsController(Statistics statistics, SmallNumbers small, Directory directory) {
		this.statistics = statistics;
		this.small = small;
		this.directory = directory;
	}

	/**
	 * The period asked for, or the last twelve months; a wrong month is told next to its
	 * field.
	 */
	private record Period(YearMonth from, YearMonth to, @Nullable String fromError, @Nullable String toError) {
	}

	private Period period(@Nullable String from, @Nullable String to) {
		YearMonth now = statistics.thisMonth();
		YearMonth end = parse(to);
		YearMonth start = parse(from);
		String toError = to != null && !to.isBlank() && end == null ? "statistics.period.invalid" : null;
		String fromError = from != null && !from.isBlank() && start == null ? "statistics.period.invalid" : null;
		end = end == null ? now : end;
		start = start == null ? end.minusMonths(11) : start;
		if (fromError == null && start.isAfter(end)) {
			fromError = "statistics.period.order";
			start = end.minusMonths(11);
		}
		if (fromError == null && start.plusMonths(LONGEST_PERIOD).isBefore(end.plusMonths(1))) {
			fromError = "statistics.period.tooLong";
			start = end.minusMonths(11);
		}
		return new Period(start, end, fromError, toError);
	}

	private static @Nullable YearMonth parse(@Nullable String month) {
		if (month == null || month.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	@GetMapping("/statistik")
	String dashboard(@RequestParam(name = "fran", required = false) @Nullable String from,
			@RequestParam(name = "till", required = false) @Nullable String to,
			@RequestParam(name = "huvudman", required = false) @Nullable UUID organisation,
			@RequestParam(name = "enhet", required = false) @Nullable UUID unit, Model model) {
		Period period = period(from, to);
		Scope scope = statistics.scope(organisation, unit);
		Measures measures = statistics.measures(scope, period.from(), period.to());
		model.addAttribute("period", period);
		model.addAttribute("fromText", from == null ? period.from().toString() : from);
		model.addAttribute("toText", to == null ? period.to().toString() : to);
		model.addAttribute("scope", scope);
		model.addAttribute("seesCounty", statistics.seesCounty());
		model.addAttribute("organisations",
				directory.organisations()
					.stream()
					.filter(Organisation::isPrincipal)
					.sorted(Comparator.comparing(Organisation::name))
					.toList());
		model.addAttribute("units", directory.units().stream().sorted(Comparator.comparing(Unit::name)).toList());
		model.addAttribute("unitNames", directory.unitsById());
		model.addAttribute("organisationNames", directory.organisationsById());
		model.addAttribute("threshold", small.threshold());
		model.addAttribute("tables", tables(measures));
		model
			.addAttribute(
					"charts", Map.of(
							"resultat", Dashboard.chart("resultat-chart", "statistics.chart.results",
									measures.results(), Measures.Result::month, Measures.Result::activeAtEnd, small),
							"process",
							Dashboard.chart("process-chart", "statistics.chart.process", measures.process(),
									Measures.Process::month, Measures.Process::plansGiven, small),
							"effekt",
							Dashboard.chart("effekt-chart", "statistics.chart.effect", measures.effect(),
									Measures.Effect::month, Measures.Effect::goalsMet, small),
							"behov",
							Dashboard.chart("behov-chart", "statistics.chart.need", measures.need(),
									Measures.Need::month, Measures.Need::assessed, small),
							"enkat", Dashboard.surveyChart(measures.surveyResponses(), measures.months(), small)));
		model.addAttribute("query", query(period, scope));
		return "statistics/dashboard";
	}

	private Map<String, Dashboard.Table> tables(Measures measures) {
		return Map.of("resultat", Dashboard.results(measures, small), "startade", Dashboard.startedBy(measures, small),
				"process", Dashboard.process(measures, small), "effekt", Dashboard.effect(measures, small), "behov",
				Dashboard.need(measures, small), "enkat", Dashboard.survey(measures, small));
	}

	/** The dashboard's choices, for the CSV links. */
	private static String query(Period period, Scope scope) {
		var query = new StringBuilder("?fran=" + period.from() + "&till=" + period.to());
		if (scope.organisationId() != null) {
			query.append("&huvudman=").append(scope.organisationId());
		}
		if (scope.unitId() != null) {
			query.append("&enhet=").append(scope.unitId());
		}
		return query.toString();
	}

	@GetMapping("/statistik/{table}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String table,
			@RequestParam(name = "fran", required = false) @Nullable String from,
			@RequestParam(name = "till", required = false) @Nullable String to,
			@RequestParam(name = "huvudman", required = false) @Nullable UUID organisation,
			@RequestParam(name = "enhet", required = false) @Nullable UUID unit) throws IOException {
		Period period = period(from, to);
		Scope scope = statistics.scope(organisation, unit);
		Dashboard.Table chosen = tables(statistics.measures(scope, period.from(), period.to())).get(table);
		if (chosen == null) {
			throw new NotFoundException("statistics table " + table);
		}
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder()
					.setHeader(chosen.columns().toArray(String[]::new))
					.setRecordSeparator("\n")
					.get())) {
			boolean labelled = !List.of("startade", "enkat").contains(table);
			for (Dashboard.Row row : chosen.rows()) {
				if (labelled) {
					printer.print(row.label());
				}
				printer.printRecord(row.cells());
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("samordna-" + table + "-" + period.from() + "-" + period.to() + ".csv")
						.build()
						.toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

}
