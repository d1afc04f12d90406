package se.samordna.meetings;

/** A called meeting is either held or cancelled; both are final. */
public enum MeetingStatus {

	CALLED, HELD, CANCELLED

}
