package se.samordna.survey;

import java.io.StringReader;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.samordna.platform.DemoModeCondition;
import se.samordna.platform.DemoSettings;

/**
 * Demo mode's survey answers, as if paper forms from the last two months had been
 * imported: the vårdcentral's staff after twelve first meetings, and socialtjänsten's
 * staff and four young people after follow-ups. Enough for the dashboard to show shares,
 * and few enough to show "1–4". Only with the demo cast ({@link DemoSettings#cast()}).
 */
@Component
@Conditional(DemoModeCondition.class)
class DemoSurveyAnswers implements ApplicationRunner {

	static final UUID REGION = UUID.fromString("10000000-0000-0000-0000-000000000001");

	static final UUID UPPSALA = UUID.fromString("10000000-0000-0000-0000-000000000002");

	static final UUID VARDCENTRAL = UUID.fromString("20000000-0000-0000-0000-000000000001");

	static final UUID SOCIALTJANST_BARN = UUID.fromString("20000000-0000-0000-0000-000000000011");

	/** Twelve answers: 7 helt, 3 delvis, 1 inte, 1 vet inte. */
	static final List<String> FIRST = List.of("helt", "helt", "delvis", "helt", "inte", "helt", "delvis", "helt",
			"vet_inte", "helt", "delvis", "helt");

	/** Eleven answers: 6 helt, 3 delvis, 1 inte, 1 vet inte. */
	static final List<String> PLANNED_DONE = List.of("helt", "delvis", "helt", "helt", "inte", "delvis", "helt", "helt",
			"vet_inte", "delvis", "helt");

	/** Eleven answers: 3 helt, 5 delvis, 2 inte, 1 vet inte. */
	static final List<String> GOALS_MET = List.of("delvis", "delvis", "helt", "inte", "inte", "delvis", "helt",
			"delvis", "vet_inte", "helt", "delvis");

	/** Four answers: 2 at the meeting, 1 afterwards, 1 not at all. */
	static final List<String> PLAN_RECEIVED = List.of("vid_motet", "vid_motet", "i_efterhand", "nej");

	private final SurveyImport imports;

	private final Questionnaires questionnaires;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final DemoSettings demo;

	DemoSurveyAnswers(SurveyImport imports, Questionnaires questionnaires, JdbcClient jdbc,
			TransactionTemplate transaction, Clock clock, DemoSettings demo) {
		this.imports = imports;
		this.questionnaires = questionnaires;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.cast()) {
			return;
		}
		if (jdbc.sql("select count(*) from survey_response").query(Long.class).single() > 0) {
			return;
		}
		YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
		YearMonth monthBefore = lastMonth.minusMonths(1);
		var vardcentral = new StringBuilder(SurveyImport.HEADER);
		for (int i = 0; i < FIRST.size(); i++) {
			for (Questionnaire.Statement statement : questionnaires.of(SurveyRole.PROFESSIONAL, MeetingType.FIRST)
				.statements()) {
				vardcentral.append("demo-vc-%d,professional,first,region,%s,%s,%s\n".formatted(i, monthBefore,
						statement.key(), FIRST.get(i)));
			}
		}
		var socialtjanst = new StringBuilder(SurveyImport.HEADER);
		for (int i = 0; i < PLANNED_DONE.size(); i++) {
			for (Questionnaire.Statement statement : questionnaires.of(SurveyRole.PROFESSIONAL, MeetingType.FOLLOW_UP)
				.statements()) {
				String answer = statement.key().equals("goals_met") ? GOALS_MET.get(i) : PLANNED_DONE.get(i);
				socialtjanst.append("demo-st-%d,professional,follow_up,kommun,%s,%s,%s\n".formatted(i, lastMonth,
						statement.key(), answer));
			}
		}
		for (int i = 0; i < PLAN_RECEIVED.size(); i++) {
			for (Questionnaire.Statement statement : questionnaires.of(SurveyRole.INDIVIDUAL, MeetingType.FOLLOW_UP)
				.statements()) {
				String answer = statement.key().equals("plan_received") ? PLAN_RECEIVED.get(i) : "helt";
				socialtjanst.append("demo-ung-%d,individual,follow_up,,%s,%s,%s\n".formatted(i, lastMonth,
						statement.key(), answer));
			}
		}
		transaction.executeWithoutResult(status -> {
			imports.importFile(new StringReader(vardcentral.toString()), REGION, VARDCENTRAL);
			imports.importFile(new StringReader(socialtjanst.toString()), UPPSALA, SOCIALTJANST_BARN);
		});
	}

}
