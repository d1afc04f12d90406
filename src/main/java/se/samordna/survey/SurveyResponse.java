package se.samordna.survey;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One anonymous answer to a questionnaire: what it is about (meeting type, role, the
 * meeting's principal and unit, the month), the background items and one answer per
 * statement. Nothing here names the person who answered or the SIP.
 *
 * @param unitId null for imported answers filed for a whole principal
 */
public record SurveyResponse(String questionnaireVersion, SurveyRole role, MeetingType meetingType, UUID organisationId,
		@Nullable UUID unitId, YearMonth month, Map<Questionnaire.Background, String> background,
		Map<String, String> answers) {

	public SurveyResponse {
		background = Map.copyOf(background);
		answers = Map.copyOf(answers);
	}

	/**
	 * An answer checked against its questionnaire: at least one of its statements
	 * answered, each on its scale (the web forms ask for all; a paper form may skip
	 * some), and only the background items the questionnaire asks, with an allowed value.
	 * @throws IllegalArgumentException for anything else; the forms and the import say it
	 * in words first
	 */
	public static SurveyResponse answering(Questionnaire questionnaire, UUID organisationId, @Nullable UUID unitId,
			YearMonth month, Map<Questionnaire.Background, String> background, Map<String, String> answers) {
		var checkedAnswers = new LinkedHashMap<String, String>();
		for (Questionnaire.Statement statement : questionnaire.statements()) {
			String answer = answers.get(statement.key());
			if (answer != null) {
				if (statement.scale().position(answer) < 0) {
					throw new IllegalArgumentException("statement " + statement.key() + " not answered on its scale");
				}
				checkedAnswers.put(statement.key(), answer);
			}
		}
		if (checkedAnswers.isEmpty() || checkedAnswers.size() != answers.size()) {
			throw new IllegalArgumentException("no answers, or answers to statements the questionnaire does not ask");
		}
		var checkedBackground = new EnumMap<Questionnaire.Background, String>(Questionnaire.Background.class);
		background.forEach((item, value) -> {
			if (value == null || value.isBlank()) {
				return;
			}
			if (!questionnaire.background().contains(item)
					|| !item.options().isEmpty() && !item.options().contains(value)) {
				throw new IllegalArgumentException("background item " + item + " not asked or not allowed");
			}
			checkedBackground.put(item, value);
		});
		return new SurveyResponse(questionnaire.version(), questionnaire.role(), questionnaire.meetingType(),
				organisationId, unitId, month, checkedBackground, checkedAnswers);
	}

}
