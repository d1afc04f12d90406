package se.samordna.statistics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.samordna.directory.Directory;
import se.samordna.meetings.MeetingEvents.MeetingHeld;
import se.samordna.meetings.MeetingKind;
import se.samordna.sip.PlanVersionKind;
import se.samordna.sip.SipEvents.ConsentRecorded;
import se.samordna.sip.SipEvents.FollowUpRecorded;
import se.samordna.sip.SipEvents.PlanConfirmed;
import se.samordna.sip.SipEvents.PlanGiven;
import se.samordna.sip.SipEvents.SipClosed;
import se.samordna.sip.SipEvents.SipStarted;

/**
 * Writes the read model from the events. Events arrive in any order and may come twice
 * (the registry resubmits), so each write is an upsert that keeps the earliest time: the
 * same events give the same rows whatever the order.
 */
@Component
class StatisticsRecorder {

	private final JdbcClient jdbc;

	private final Directory directory;

	StatisticsRecorder(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	private UUID organisationOf(UUID unitId) {
		return directory.unit(unitId).orElseThrow().organisationId();
	}

	private static Timestamp at(Instant instant) {
		return Timestamp.from(instant);
	}

	@ApplicationModuleListener
	void on(SipStarted started) {
		jdbc.sql("""
				insert into stat_sip (sip_id, unit_id, organisation_id, noticed_by, track, level, age_band, started_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (sip_id) do update set unit_id = excluded.unit_id,
				    organisation_id = excluded.organisation_id, noticed_by = excluded.noticed_by,
				    track = excluded.track, level = excluded.level, age_band = excluded.age_band,
				    started_at = excluded.started_at""")
			.params(started.sipId(), started.startingUnitId(), organisationOf(started.startingUnitId()),
					started.noticedBy().name(), started.track().name(), started.level().name(),
					started.ageBand().name(), at(started.at()))
			.update();
	}

	private void earliest(String column, UUID sipId, Instant instant) {
		jdbc.sql("""
				insert into stat_sip (sip_id, %1$s) values (?, ?)
				on conflict (sip_id) do update
				set %1$s = least(coalesce(stat_sip.%1$s, excluded.%1$s), excluded.%1$s)""".formatted(column))
			.params(sipId, at(instant))
			.update();
	}

	@ApplicationModuleListener
	void on(ConsentRecorded consent) {
		earliest("consent_at", consent.sipId(), consent.at());
	}

	@ApplicationModuleListener
	void on(MeetingHeld held) {
		if (held.kind() == MeetingKind.FIRST) {
			earliest("first_meeting_at", held.sipId(), held.at());
		}
		jdbc.sql("""
				insert into stat_meeting (meeting_id, sip_id, kind, unit_id, organisation_id, held_at, invited,
				                          answered, no_shows)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (meeting_id) do nothing""")
			.params(held.meetingId(), held.sipId(), held.kind().name(), held.callerUnitId(),
					organisationOf(held.callerUnitId()), at(held.at()), held.invited(), held.answered(), held.noShows())
			.update();
	}

	@ApplicationModuleListener
	void on(PlanConfirmed confirmed) {
		if (confirmed.kind() == PlanVersionKind.FIRST) {
			// the first plan is confirmed at the first meeting, also when that meeting
			// was not called in Samordna
			earliest("first_meeting_at", confirmed.sipId(), confirmed.at());
			earliest("plan_at", confirmed.sipId(), confirmed.at());
		}
		jdbc.sql("""
				insert into stat_plan (sip_id, version, confirmed_at) values (?, ?, ?)
				on conflict (sip_id, version) do update set confirmed_at = excluded.confirmed_at""")
			.params(confirmed.sipId(), confirmed.planVersion(), at(confirmed.at()))
			.update();
		followUpSet(confirmed.sipId(), confirmed.nextFollowUp(), confirmed.at());
	}

	private void followUpSet(UUID sipId, LocalDate due, Instant setAt) {
		jdbc.sql("""
				insert into stat_follow_up (sip_id, due_on, set_at) values (?, ?, ?)
				on conflict (sip_id, due_on) do update
				set set_at = least(coalesce(stat_follow_up.set_at, excluded.set_at), excluded.set_at)""")
			.params(sipId, Date.valueOf(due), at(setAt))
			.update();
	}

	@ApplicationModuleListener
	void on(PlanGiven given) {
		jdbc.sql(
				"""
						insert into stat_plan (sip_id, version, given_at, delivery) values (?, ?, ?, ?)
						on conflict (sip_id, version) do update set given_at = excluded.given_at, delivery = excluded.delivery""")
			.params(given.sipId(), given.planVersion(), at(given.at()), given.delivery().name())
			.update();
	}

	@ApplicationModuleListener
	void on(FollowUpRecorded followUp) {
		if (followUp.due() != null) {
			jdbc.sql("""
					insert into stat_follow_up (sip_id, due_on, held_at, goals_met, goals_partly, goals_not_met)
					values (?, ?, ?, ?, ?, ?)
					on conflict (sip_id, due_on) do update set held_at = excluded.held_at,
					    goals_met = excluded.goals_met, goals_partly = excluded.goals_partly,
					    goals_not_met = excluded.goals_not_met""")
				.params(followUp.sipId(), Date.valueOf(followUp.due()), at(followUp.at()), followUp.goalsMet(),
						followUp.goalsPartlyMet(), followUp.goalsNotMet())
				.update();
		}
		if (followUp.nextFollowUp() != null) {
			followUpSet(followUp.sipId(), followUp.nextFollowUp(), followUp.at());
		}
	}

	@ApplicationModuleListener
	void on(SipClosed closed) {
		jdbc.sql("""
				insert into stat_sip (sip_id, closed_at, closing_reason) values (?, ?, ?)
				on conflict (sip_id) do update set closed_at = excluded.closed_at,
				    closing_reason = excluded.closing_reason""")
			.params(closed.sipId(), at(closed.at()), closed.reason().name())
			.update();
	}

}
