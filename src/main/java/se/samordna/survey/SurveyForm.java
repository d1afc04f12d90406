package se.samordna.survey;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The survey as a form, for staff, for the person's own pages and for a one-time code:
 * one answer per statement (the scale has "vet inte/vill inte svara", so none is left
 * out), and the background items, each of which may be left as "vill inte svara".
 */
public class SurveyForm {

	private Map<String, String> answers = new HashMap<>();

	private String ageBand = "";

	private String gender = "";

	private String homeMunicipality = "";

	private String employer = "";

	/**
	 * Checks the form against its questionnaire; each missing or unknown answer is put
	 * next to its statement.
	 * @param municipalities the codes a home municipality may take
	 * @param messages where the page's texts are: "survey." for staff, "portal.survey."
	 * on the person's own pages
	 */
	public void check(Questionnaire questionnaire, Set<String> municipalities, Errors errors, String messages) {
		for (Questionnaire.Statement statement : questionnaire.statements()) {
			String answer = answers.get(statement.key());
			if (answer == null || statement.scale().position(answer) < 0) {
				errors.rejectValue("answers[" + statement.key() + "]", messages + "answer.required");
			}
		}
		answers.keySet().retainAll(questionnaire.statements().stream().map(Questionnaire.Statement::key).toList());
		String invalid = messages + "background.invalid";
		checkOption(errors, "ageBand", ageBand, Questionnaire.Background.AGE_BAND.options(), invalid);
		checkOption(errors, "gender", gender, Questionnaire.Background.GENDER.options(), invalid);
		checkOption(errors, "employer", employer, Questionnaire.Background.EMPLOYER.options(), invalid);
		checkOption(errors, "homeMunicipality", homeMunicipality, municipalities, invalid);
	}

	private static void checkOption(Errors errors, String field, String value, Collection<String> options,
			String message) {
		if (!value.isEmpty() && !options.contains(value)) {
			errors.rejectValue(field, message);
		}
	}

	/** The background items this questionnaire asks, as answered. */
	public Map<Questionnaire.Background, String> background(Questionnaire questionnaire) {
		var all = new EnumMap<Questionnaire.Background, String>(Questionnaire.Background.class);
		all.put(Questionnaire.Background.AGE_BAND, ageBand);
		all.put(Questionnaire.Background.GENDER, gender);
		all.put(Questionnaire.Background.HOME_MUNICIPALITY, homeMunicipality);
		all.put(Questionnaire.Background.EMPLOYER, employer);
		all.keySet().retainAll(questionnaire.background());
		all.values().removeIf(String::isEmpty);
		return all;
	}

	public Map<String, String> getAnswers() {
		return answers;
	}

	public void setAnswers(Map<String, String> answers) {
		this.answers = answers;
	}

	public String getAgeBand() {
		return ageBand;
	}

	public void setAgeBand(@Nullable String ageBand) {
		this.ageBand = ageBand == null ? "" : ageBand;
	}

	public String getGender() {
		return gender;
	}

	public void setGender(@Nullable String gender) {
		this.gender = gender == null ? "" : gender;
	}

	public String getHomeMunicipality() {
		return homeMunicipality;
	}

	public void setHomeMunicipality(@Nullable String homeMunicipality) {
		this.homeMunicipality = homeMunicipality == null ? "" : homeMunicipality;
	}

	public String getEmployer() {
		return employer;
	}

	public void setEmployer(@Nullable String employer) {
		this.employer = employer == null ? "" : employer;
	}

}
