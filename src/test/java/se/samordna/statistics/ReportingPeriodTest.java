package se.samordna.statistics;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import se.samordna.platform.FieldRefusal;
import se.samordna.platform.FieldRefusals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ReportingPeriodTest {

	static final YearMonth NOW = YearMonth.of(2026, 12);

	@Test
	void emptyFieldsMeanTheTwelveMonthsUpToThisMonth() {
		assertThat(ReportingPeriod.of(null, "", NOW)).isEqualTo(new ReportingPeriod(YearMonth.of(2026, 1), NOW));
		assertThat(ReportingPeriod.of("", "2025-06", NOW).from()).isEqualTo(YearMonth.of(2024, 7));
	}

	@Test
	void aPeriodIsServedAsAskedUpToTheLongest() {
		ReportingPeriod period = ReportingPeriod.of("2024-01", "2026-12", NOW);
		assertThat(period.months()).isEqualTo(ReportingPeriod.LONGEST_MONTHS);
		assertThat(ReportingPeriod.of("2026-03", "2026-03", NOW).months()).isOne();
	}

	@Test
	void aLongerPeriodIsRefusedNotCut() {
		assertThatThrownBy(() -> ReportingPeriod.of("2023-12", "2026-12", NOW)).isInstanceOf(FieldRefusal.class)
			.hasFieldOrPropertyWithValue("field", "from")
			.hasFieldOrPropertyWithValue("messageKey", "statistics.period.tooLong");
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefused() {
		assertThatThrownBy(() -> new ReportingPeriod(YearMonth.of(2026, 5), YearMonth.of(2026, 4)))
			.hasFieldOrPropertyWithValue("messageKey", "statistics.period.order");
	}

	@Test
	void monthsOutsideTheServedYearsAreRefusedOnEachField() {
		assertThatThrownBy(() -> ReportingPeriod.of("1900-01", "2999-12", NOW)).isInstanceOf(FieldRefusals.class)
			.extracting(e -> ((FieldRefusals) e).refusals())
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldRefusal.class))
			.extracting(FieldRefusal::field, FieldRefusal::messageKey)
			.containsExactly(tuple("from", "statistics.period.outside"), tuple("to", "statistics.period.outside"));
		assertThatThrownBy(() -> ReportingPeriod.of("2009-12", "2010-06", NOW)).hasFieldOrPropertyWithValue("field",
				"from");
	}

	@Test
	void whatIsNoMonthIsRefusedOnItsOwnField() {
		assertThatThrownBy(() -> ReportingPeriod.of("2026-01", "december", NOW))
			.hasFieldOrPropertyWithValue("field", "to")
			.hasFieldOrPropertyWithValue("messageKey", "statistics.period.invalid");
	}

}
