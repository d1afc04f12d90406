package se.samordna.statistics;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.samordna.survey.SurveyCount;

/**
 * The five measures for a scope and a period: one row per month, and one for the whole
 * period ({@code month} null). Raw counts: the pages and files apply
 * {@link SmallNumbers}.
 */
public record Measures(Scope scope, YearMonth from, YearMonth to, List<Result> results, List<Process> process,
		List<Effect> effect, List<Need> need, Map<String, Map<String, Integer>> startedBy, List<SurveyCount> survey,
		Map<YearMonth, Integer> surveyResponses) {

	/**
	 * Resultatmått: how many SIPs started, got consent, a first meeting, a plan, were
	 * closed; active at the end.
	 */
	public record Result(@Nullable YearMonth month, int started, int consented, int firstMeetings, int plans,
			int closed, int activeAtEnd) {
	}

	/**
	 * Processmått: lead times in days (medians, over the SIPs that reached the step in
	 * the month), plans given, follow-ups held by their date, invitations answered and
	 * no-shows.
	 */
	public record Process(@Nullable YearMonth month, Median toConsent, Median toFirstMeeting, Median toPlan, int plans,
			int plansGiven, int followUpsDue, int followUpsOnTime, int invited, int answered, int noShows) {
	}

	/** A median in days over n cases; null when n is 0. */
	public record Median(int n, @Nullable Double days) {
	}

	/**
	 * Effektmått: follow-ups held, and the goals they judged met, partly met and not met.
	 */
	public record Effect(@Nullable YearMonth month, int followUps, int goalsMet, int goalsPartlyMet, int goalsNotMet) {
	}

	/**
	 * Behovsmått: needs assessed (each SIP starts with an assessment that found a need),
	 * and those that ended before a plan: because the person said no to consent (declined
	 * or withdrew), or otherwise.
	 */
	public record Need(@Nullable YearMonth month, int assessed, int endedDeclined, int endedOtherwise) {
	}

	public List<YearMonth> months() {
		return results.stream().map(Result::month).filter(m -> m != null).toList();
	}

}
