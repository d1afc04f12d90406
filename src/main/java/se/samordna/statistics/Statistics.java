package se.samordna.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.access.CurrentUser;
import se.samordna.access.CurrentUsers;
import se.samordna.directory.Directory;
import se.samordna.directory.Role;
import se.samordna.platform.NotFoundException;
import se.samordna.statistics.internal.MeasureQueries;
import se.samordna.survey.Surveys;

/**
 * The measures, for whoever may see them: a statistics user any scope up to the whole
 * county, a unit's staff their own unit only.
 */
@Service
public class Statistics {

	private final MeasureQueries queries;

	private final Surveys surveys;

	private final CurrentUsers users;

	private final Directory directory;

	private final Clock clock;

	Statistics(MeasureQueries queries, Surveys surveys, CurrentUsers users, Directory directory, Clock clock) {
		this.queries = queries;
		this.surveys = surveys;
		this.users = users;
		this.directory = directory;
		this.clock = clock;
	}

	/** Whether the user sees more than their own unit. */
	public boolean seesCounty() {
		return users.current().hasRole(Role.STATISTICS);
	}

	/**
	 * The scope the user asked for, if they may see it: without a choice, the county for
	 * a statistics user and the own unit for everyone else.
	 * @throws NotFoundException when a unit's staff ask for anything but their own unit
	 */
	public Scope scope(@Nullable UUID organisationId, @Nullable UUID unitId) {
		CurrentUser user = users.current();
		if (!user.hasRole(Role.STATISTICS)) {
			UUID own = user.unitId();
			if (organisationId != null && !organisationId.equals(organisationOf(own))
					|| unitId != null && !unitId.equals(own)) {
				throw new NotFoundException("statistics of another unit for " + user.staffId());
			}
			return Scope.unit(organisationOf(own), own);
		}
		if (unitId != null) {
			UUID organisation = organisationOf(unitId);
			if (organisationId != null && !organisationId.equals(organisation)) {
				throw new NotFoundException("unit " + unitId + " is not of " + organisationId);
			}
			return Scope.unit(organisation, unitId);
		}
		if (organisationId != null) {
			directory.organisation(organisationId)
				.orElseThrow(() -> new NotFoundException("organisation " + organisationId));
		}
		return new Scope(organisationId, null);
	}

	private UUID organisationOf(UUID unitId) {
		return directory.unit(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId)).organisationId();
	}

	/**
	 * The measures for a scope from {@link #scope}.
	 * @throws se.samordna.platform.FieldRefusal when the months are no period that can be
	 * served (see {@link ReportingPeriod})
	 */
	@Transactional(readOnly = true)
	public Measures measures(Scope scope, YearMonth from, YearMonth to) {
		return measures(scope, new ReportingPeriod(from, to));
	}

	/** The measures for a scope from {@link #scope}, over a period. */
	@Transactional(readOnly = true)
	public Measures measures(Scope scope, ReportingPeriod period) {
		YearMonth from = period.from();
		YearMonth to = period.to();
		LocalDate today = LocalDate.now(clock);
		return new Measures(scope, from, to, queries.results(scope, from, to), queries.process(scope, from, to, today),
				queries.effect(scope, from, to), queries.need(scope, from, to), queries.startedBy(scope, from, to),
				surveys.counts(from, to, scope.organisationId(), scope.unitId()),
				surveys.responsesByMonth(from, to, scope.organisationId(), scope.unitId()));
	}

	/** This month, in Stockholm: a dashboard opens with the twelve months up to it. */
	public YearMonth thisMonth() {
		return YearMonth.now(clock);
	}

}
