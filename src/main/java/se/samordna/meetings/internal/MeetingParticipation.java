package se.samordna.meetings.internal;

import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.samordna.access.RecordAccessSource;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.Meetings;

/**
 * A meeting is shared exactly as its SIP: a unit takes part in the meeting when it takes
 * part in the SIP. Asked of the SIP's own source, so the rule lives in one place.
 */
@Component
class MeetingParticipation implements RecordAccessSource {

	private static final String SIP = "sip";

	private final MeetingRepository meetings;

	private final ObjectProvider<RecordAccessSource> sources;

	MeetingParticipation(MeetingRepository meetings, ObjectProvider<RecordAccessSource> sources) {
		this.meetings = meetings;
		this.sources = sources;
	}

	@Override
	public String recordType() {
		return Meetings.RECORD_MEETING;
	}

	@Override
	public boolean unitTakesPart(UUID unitId, String recordId) {
		UUID sipId = meetings.findById(UUID.fromString(recordId)).map(Meeting::sipId).orElse(null);
		return sipId != null && sources.orderedStream()
			.filter(source -> source.recordType().equals(SIP))
			.anyMatch(source -> source.unitTakesPart(unitId, sipId.toString()));
	}

}
