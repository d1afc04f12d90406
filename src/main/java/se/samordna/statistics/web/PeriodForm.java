package se.samordna.statistics.web;

import java.time.YearMonth;

import se.samordna.statistics.ReportingPeriod;

/**
 * The dashboard's months as the user wrote them. The query keeps its Swedish names
 * ({@code ?fran=2026-01&till=2026-12}); the fields are named as the period's refusals
 * name them, so that a refusal lands next to its field.
 */
public class PeriodForm {

	private String from = "";

	private String to = "";

	public String getFrom() {
		return from;
	}

	public void setFran(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTill(String to) {
		this.to = to;
	}

	/**
	 * @throws se.samordna.platform.FieldRefusal when the period cannot be served
	 */
	ReportingPeriod period(YearMonth thisMonth) {
		return ReportingPeriod.of(from, to, thisMonth);
	}

	/** Shows the months of the period served, where the user left a field empty. */
	void showing(ReportingPeriod period) {
		from = from.isBlank() ? period.from().toString() : from;
		to = to.isBlank() ? period.to().toString() : to;
	}

}
