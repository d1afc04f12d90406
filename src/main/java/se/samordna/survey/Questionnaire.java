package se.samordna.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One questionnaire of the instrument: for a role at a meeting type, its statements in
 * order and the background items asked first. Texts live in the message bundles, keyed by
 * role and statement.
 */
public record Questionnaire(String version, SurveyRole role, MeetingType meetingType, List<Statement> statements,
		List<Background> background) {

	public Questionnaire {
		statements = List.copyOf(statements);
		background = List.copyOf(background);
	}

	public Optional<Statement> statement(String key) {
		return statements.stream().filter(statement -> statement.key().equals(key)).findFirst();
	}

	/**
	 * A statement with a stable key, so it can be merged across meeting types, and its
	 * answer scale.
	 */
	public record Statement(String key, Scale scale) {
	}

	/**
	 * The answers a statement takes; the four positions are the columns of the results.
	 */
	public enum Scale {

		/** stämmer helt / stämmer delvis / stämmer inte / vet inte–vill inte svara */
		AGREEMENT(List.of("helt", "delvis", "inte", "vet_inte")),
		/**
		 * "Jag har fått planen från förra mötet": ja vid mötet / ja i efterhand / nej /
		 * vet inte
		 */
		PLAN_RECEIVED(List.of("vid_motet", "i_efterhand", "nej", "vet_inte"));

		private final List<String> answers;

		Scale(List<String> answers) {
			this.answers = answers;
		}

		public List<String> answers() {
			return answers;
		}

		/** The column (0–3) of an answer, or -1 when the scale has no such answer. */
		public int position(String answer) {
			return answers.indexOf(answer);
		}

	}

	/**
	 * The background items: all optional, and the answer "vill inte svara" is simply no
	 * answer.
	 */
	public enum Background {

		AGE_BAND("age_band", List.of("child", "adult", "senior")), GENDER("gender", List.of("woman", "man", "other")),
		/** one of the county's municipalities (by organisation id) or "other" */
		HOME_MUNICIPALITY("home_municipality", List.of()), EMPLOYER("employer", List.of("kommun", "region", "other"));

		private final String code;

		private final List<String> options;

		Background(String code, List<String> options) {
			this.code = code;
			this.options = options;
		}

		public String code() {
			return code;
		}

		public List<String> options() {
			return options;
		}

		public static Optional<Background> ofCode(String code) {
			return Arrays.stream(values()).filter(item -> item.code.equals(code)).findFirst();
		}

	}

}
