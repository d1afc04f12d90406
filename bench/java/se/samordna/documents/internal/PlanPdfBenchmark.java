package se.samordna.documents.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import se.samordna.documents.DocumentLanguage;
import se.samordna.documents.PlanSheet;
import se.samordna.sip.PlanContent;
import se.samordna.sip.PlanVersionKind;

/**
 * How long one plan PDF takes to render, from the same templates, fonts and settings as the
 * application (PDF/UA + PDF/A-2u), for a plan the size of the demo plan of Alex. Sample time, so
 * JMH reports the median (p0.50) beside the mean. Run with {@code ./mvnw -Pbench test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class PlanPdfBenchmark {

	@Param({ "SV", "LATTLAST", "EN" })
	DocumentLanguage language;

	PdfRenderer renderer;

	Map<String, Object> variables;

	@Setup
	public void setUp() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/documents");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setTemplateMode(TemplateMode.HTML);
		templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		engine.setTemplateEngineMessageSource(messages);
		renderer = new PdfRenderer(engine);
		variables = Map.of("sheet", alexsPlan(), "blank", false, "language", language);
	}

	@Benchmark
	public byte[] renderPlan() {
		return renderer.render("documents/plan", language, variables);
	}

	static PlanSheet alexsPlan() {
		UUID bup = UUID.randomUUID();
		UUID school = UUID.randomUUID();
		UUID social = UUID.randomUUID();
		LocalDate start = LocalDate.of(2026, 10, 9);
		return new PlanSheet(UUID.randomUUID(), 1, PlanVersionKind.FIRST, start,
				"Anna Berglund, Socialtjänst barn och unga, Uppsala",
				new PlanSheet.Person("Alex Lindqvist", "20100120-2397",
						new PlanSheet.Address("Sädesvägen 14", "754 40", "Uppsala"), false),
				List.of(new PlanSheet.ParticipantLine("Socialtjänst barn och unga", "Uppsala kommun", ""),
						new PlanSheet.ParticipantLine("BUP Uppsala", "Region Uppsala", "Behandlande psykolog"),
						new PlanSheet.ParticipantLine("Elevhälsan", "Uppsala kommun", "Skolkurator"),
						new PlanSheet.ParticipantLine("Vårdcentralen Lindgården", "Region Uppsala", "Vårdcentral")),
				List.of("Komma tillbaka till skolan", "Hjälp med oro och sömn"),
				List.of(new PlanSheet.GoalLine("Jag vill gå i skolan varje dag", PlanContent.Goal.Term.LONG,
						List.of("Tre dagar i veckan före jullovet"), "Elevhälsan"),
						new PlanSheet.GoalLine("Jag vill kunna sova på nätterna", PlanContent.Goal.Term.SHORT, List.of(),
								"BUP")),
				List.of(new PlanSheet.ActionLine(UUID.randomUUID(), "Anpassad studiegång och trygg person på skolan",
						school, "Elevhälsan", "Uppsala kommun", PlanSheet.Principal.KOMMUN, start, null,
						PlanContent.Action.Timing.INDEPENDENT, null, null),
						new PlanSheet.ActionLine(UUID.randomUUID(), "Familjestöd i hemmet", social,
								"Socialtjänst barn och unga", "Uppsala kommun", PlanSheet.Principal.KOMMUN, start, null,
								PlanContent.Action.Timing.INDEPENDENT, null, null)),
				List.of(new PlanSheet.ActionLine(UUID.randomUUID(), "Samtalsbehandling varannan vecka", bup,
						"BUP Uppsala", "Region Uppsala", PlanSheet.Principal.REGION, start, null,
						PlanContent.Action.Timing.INDEPENDENT, null, null)),
				List.of(),
				new PlanSheet.CoordinatorLine("Anna Berglund", "socialsekreterare", "Socialtjänst barn och unga",
						"Uppsala kommun", "08-465 004 06", "anna@example.se"),
				LocalDate.of(2026, 12, 23),
				List.of(new PlanContent.Contact("Anna Berglund", "Socialtjänst barn och unga", "08-465 004 08")));
	}

}
