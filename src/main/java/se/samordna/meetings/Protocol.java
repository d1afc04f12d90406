package se.samordna.meetings;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What was said and decided at the meeting: notes per agenda section, the chosen
 * coordinator and the booked follow-up (which also go into the plan), and the evaluation
 * of the meeting itself, kept for the statistics.
 */
public record Protocol(UUID chairStaffId, UUID secretaryStaffId, Map<AgendaSection, String> notes,
		@Nullable UUID coordinatorStaffId, @Nullable LocalDate followUpBooked, String workedWell,
		String doDifferently) {

	public Protocol {
		var copy = new EnumMap<AgendaSection, String>(AgendaSection.class);
		notes.forEach((section, text) -> {
			if (text != null && !text.isBlank()) {
				copy.put(section, text.strip());
			}
		});
		notes = Map.copyOf(copy);
		workedWell = workedWell.strip();
		doDifferently = doDifferently.strip();
	}

	public String note(AgendaSection section) {
		return notes.getOrDefault(section, "");
	}

}
