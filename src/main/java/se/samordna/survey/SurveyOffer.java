package se.samordna.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An open invitation to answer the survey after a meeting, until it is used, declined or
 * expires.
 *
 * @param unitId the unit that called and held the meeting
 */
public record SurveyOffer(UUID id, SurveyRole role, MeetingType meetingType, UUID unitId, LocalDate heldOn,
		Instant expiresAt) {
}
