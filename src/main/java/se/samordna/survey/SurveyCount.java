package se.samordna.survey;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How many answered a statement, and how many chose each of its four answers (in the
 * scale's order: helt, delvis, inte, vet inte — or for the plan: vid mötet, i efterhand,
 * nej, vet inte). Raw counts of anonymous answers; whoever shows them applies the
 * small-number rules.
 *
 * @param meetingType null for the count merged across meeting types
 */
public record SurveyCount(SurveyRole role, String statement, @Nullable MeetingType meetingType,
		Questionnaire.Scale scale, List<Integer> counts) {

	public SurveyCount {
		counts = List.copyOf(counts);
	}

	public int n() {
		return counts.stream().mapToInt(Integer::intValue).sum();
	}

}
