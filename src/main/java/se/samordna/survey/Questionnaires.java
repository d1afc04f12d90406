package se.samordna.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instrument, read once at start-up from its versioned data file
 * ({@code survey/questionnaires.json}): a change of questions is a new file version, not
 * new code. A file that names an unknown role, meeting type, scale or background item
 * stops the start.
 */
@Component
public class Questionnaires {

	private final String version;

	private final Map<SurveyRole, Map<MeetingType, Questionnaire>> byRole = new EnumMap<>(SurveyRole.class);

	Questionnaires(@Value("${samordna.survey.questionnaires:classpath:survey/questionnaires.json}") Resource file) {
		JsonNode root;
		try (InputStream in = file.getInputStream()) {
			root = JsonMapper.builder().build().readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException("the survey questionnaires cannot be read", e);
		}
		this.version = root.required("version").asString();
		JsonNode scales = root.required("scales");
		JsonNode background = root.required("background");
		for (var role : root.required("questionnaires").properties()) {
			SurveyRole surveyRole = SurveyRole.ofCode(role.getKey())
				.orElseThrow(() -> new IllegalStateException("unknown survey role " + role.getKey()));
			List<Questionnaire.Background> items = new ArrayList<>();
			for (JsonNode item : background.required(role.getKey())) {
				items.add(Questionnaire.Background.ofCode(item.asString())
					.orElseThrow(() -> new IllegalStateException("unknown background item " + item)));
			}
			for (var type : role.getValue().properties()) {
				MeetingType meetingType = MeetingType.ofCode(type.getKey())
					.orElseThrow(() -> new IllegalStateException("unknown meeting type " + type.getKey()));
				List<Questionnaire.Statement> statements = new ArrayList<>();
				for (JsonNode key : type.getValue()) {
					JsonNode scale = scales.get(key.asString());
					statements.add(new Questionnaire.Statement(key.asString(), scale == null
							? Questionnaire.Scale.AGREEMENT : Questionnaire.Scale.valueOf(scale.asString())));
				}
				byRole.computeIfAbsent(surveyRole, r -> new EnumMap<>(MeetingType.class))
					.put(meetingType, new Questionnaire(version, surveyRole, meetingType, statements, items));
			}
		}
		for (SurveyRole role : SurveyRole.values()) {
			for (MeetingType type : MeetingType.values()) {
				if (!byRole.getOrDefault(role, Map.of()).containsKey(type)) {
					throw new IllegalStateException("no questionnaire for " + role + " at " + type);
				}
			}
		}
	}

	public String version() {
		return version;
	}

	public Questionnaire of(SurveyRole role, MeetingType type) {
		return byRole.get(role).get(type);
	}

	/** Every questionnaire, by role and then meeting type, in the instrument's order. */
	public List<Questionnaire> all() {
		return byRole.values().stream().flatMap(types -> types.values().stream()).toList();
	}

}
