package se.samordna.sip;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a held meeting decided, and who took part in it, for the SIP to adopt in one move
 * ({@link Sips#adoptMeetingDecision}): the needs, goals and actions replace the draft
 * (its contacts stay), and after a first meeting the plan is confirmed with the
 * coordinator and the follow-up the meeting chose. The confirmed version names as its
 * planners only those who took part, as the attendance recorded them.
 *
 * @param unitsTookPart the units that were there, in the room or remote
 * @param personsTookPart the names of the relatives, guardians and representatives who
 * were there
 * @param coordinatorStaffId required after a first meeting
 * @param followUp required after a first meeting
 */
public record MeetingDecision(boolean firstMeeting, List<String> needs, List<PlanContent.Goal> goals,
		List<PlanContent.Action> actions, Set<UUID> unitsTookPart, Set<String> personsTookPart,
		@Nullable UUID coordinatorStaffId, @Nullable LocalDate followUp) {

	public MeetingDecision {
		needs = List.copyOf(needs);
		goals = List.copyOf(goals);
		actions = List.copyOf(actions);
		unitsTookPart = Set.copyOf(unitsTookPart);
		personsTookPart = Set.copyOf(personsTookPart);
	}

	/** Whether a participant of the SIP was at the meeting. */
	boolean tookPart(Participant participant) {
		return participant.kind() == Participant.Kind.UNIT ? unitsTookPart.contains(participant.unitId())
				: participant.name() != null
						&& personsTookPart.stream().anyMatch(name -> name.equalsIgnoreCase(participant.name()));
	}

}
