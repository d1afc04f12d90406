package se.samordna.meetings;

import org.springframework.modulith.NamedInterface;

/** The first meeting makes the plan; follow-up meetings review it. */
@NamedInterface("events")
public enum MeetingKind {

	FIRST, FOLLOW_UP

}
