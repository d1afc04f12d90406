package se.samordna.survey;

import java.time.Instant;

/**
 * A one-time code for one answer without logging in, shown once at the end of the
 * meeting.
 */
public record SurveyCode(String code, MeetingType meetingType, Instant expiresAt) {
}
