package se.samordna.meetings;

/** The first meeting makes the plan; follow-up meetings review it. */
public enum MeetingKind {
	FIRST, FOLLOW_UP
}
