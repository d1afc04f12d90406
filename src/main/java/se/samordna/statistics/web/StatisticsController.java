package se.samordna.statistics.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samordna.directory.Directory;
import se.samordna.directory.Organisation;
import se.samordna.directory.Unit;
import se.samordna.platform.FormRefusals;
import se.samordna.platform.NotFoundException;
import se.samordna.platform.UserFacingException;
import se.samordna.statistics.Measures;
import se.samordna.statistics.ReportingPeriod;
import se.samordna.statistics.Scope;
import se.samordna.statistics.SmallNumbers;
import se.samordna.statistics.Statistics;

/** The dashboard of the five measures and the survey, and every table as CSV. */
@Controller
class StatisticsController {

	private final Statistics statistics;

	private final SmallNumbers small;

	private final Directory directory;

	StatisticsController(Statistics statistics, SmallNumbers small, Directory directory) {
		this.statistics = statistics;
		this.small = small;
		this.directory = directory;
	}

	/**
	 * The dashboard for the period asked for (the last twelve months by default). A
	 * period that cannot be served is refused next to its field, and no figures are shown
	 * rather than the figures of another period.
	 */
	@GetMapping("/statistik")
	String dashboard(@ModelAttribute("periodForm") PeriodForm form, BindingResult binding,
			@RequestParam(name = "huvudman", required = false) @Nullable UUID organisation,
			@RequestParam(name = "enhet", required = false) @Nullable UUID unit, Model model) {
		Scope scope = statistics.scope(organisation, unit);
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
		Optional<ReportingPeriod> asked = FormRefusals.attemptAndGet(binding,
				() -> form.period(statistics.thisMonth()));
		if (asked.isEmpty()) {
			return "statistics/dashboard";
		}
		ReportingPeriod period = asked.get();
		form.showing(period);
		Measures measures = statistics.measures(scope, period);
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
	private static String query(ReportingPeriod period, Scope scope) {
		var query = new StringBuilder("?fran=" + period.from() + "&till=" + period.to());
		if (scope.organisationId() != null) {
			query.append("&huvudman=").append(scope.organisationId());
		}
		if (scope.unitId() != null) {
			query.append("&enhet=").append(scope.unitId());
		}
		return query.toString();
	}

	/**
	 * One table as CSV. A period that cannot be served is a bad request: a file of other
	 * months would be taken for the months asked for.
	 */
	@GetMapping("/statistik/{table}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String table,
			@RequestParam(name = "fran", required = false) @Nullable String from,
			@RequestParam(name = "till", required = false) @Nullable String to,
			@RequestParam(name = "huvudman", required = false) @Nullable UUID organisation,
			@RequestParam(name = "enhet", required = false) @Nullable UUID unit) throws IOException {
		ReportingPeriod period;
		try {
			period = ReportingPeriod.of(from, to, statistics.thisMonth());
		}
		catch (UserFacingException refused) {
			return ResponseEntity.badRequest().build();
		}
		Scope scope = statistics.scope(organisation, unit);
		Dashboard.Table chosen = tables(statistics.measures(scope, period)).get(table);
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
