package se.samordna.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.samordna.directory.Directory;
import se.samordna.meetings.InviteeKind;
import se.samordna.meetings.MeetingEvents.MeetingHeld;
import se.samordna.survey.MeetingType;
import se.samordna.survey.SurveyRole;
import se.samordna.survey.Surveys;

/**
 * After each held meeting, offers the survey to everyone who took part and has a way in:
 * each unit that came (and the one that called) in its inbox, the individual and their
 * guardian or representative on their own pages. Companions and others get a one-time
 * code at the meeting.
 */
@Component
class SurveyOffering {

	private final SurveyStore store;

	private final Directory directory;

	private final Surveys surveys;

	private final Clock clock;

	SurveyOffering(SurveyStore store, Directory directory, Surveys surveys, Clock clock) {
		this.store = store;
		this.directory = directory;
		this.surveys = surveys;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(MeetingHeld held) {
		UUID organisation = directory.unit(held.callerUnitId()).orElseThrow().organisationId();
		LocalDate heldOn = LocalDate.ofInstant(held.at(), clock.getZone());
		MeetingType type = MeetingType.of(held.kind());
		var expires = held.at().plus(surveys.openFor());
		Set<UUID> units = new HashSet<>(held.unitsTakingPart());
		units.add(held.callerUnitId());
		for (UUID unit : units) {
			store.offer(new SurveyStore.Offer(UUID.randomUUID(), new SurveyStore.Context(SurveyRole.PROFESSIONAL, type,
					organisation, held.callerUnitId(), heldOn, expires), unit, null));
		}
		int individuals = held.personsTakingPart().getOrDefault(InviteeKind.INDIVIDUAL, 0);
		int representatives = held.personsTakingPart().getOrDefault(InviteeKind.GUARDIAN, 0)
				+ held.personsTakingPart().getOrDefault(InviteeKind.REPRESENTATIVE, 0);
		for (int i = 0; i < individuals; i++) {
			store.offer(new SurveyStore.Offer(UUID.randomUUID(), new SurveyStore.Context(SurveyRole.INDIVIDUAL, type,
					organisation, held.callerUnitId(), heldOn, expires), null, held.sipId()));
		}
		for (int i = 0; i < representatives; i++) {
			store.offer(new SurveyStore.Offer(UUID.randomUUID(), new SurveyStore.Context(SurveyRole.REPRESENTATIVE,
					type, organisation, held.callerUnitId(), heldOn, expires), null, held.sipId()));
		}
	}

}
