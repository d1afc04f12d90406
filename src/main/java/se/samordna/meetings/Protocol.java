package se.samordna.meetings;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What was said and decided at the meeting: notes per agenda section, the chosen
 * coordinator and the booked follow-up (which also go into the plan), and the evaluation
 * of the meeting itself, kept for the statistics. Stored as the meeting's
 * {@code protocol} jsonb document: the JSON names and the {@link #FORMAT} are fixed here.
 */
public record Protocol(@JsonProperty("format") int format, @JsonProperty("chairStaffId") UUID chairStaffId,
		@JsonProperty("secretaryStaffId") UUID secretaryStaffId,
		@JsonProperty("notes") Map<AgendaSection, String> notes,
		@JsonProperty("coordinatorStaffId") @Nullable UUID coordinatorStaffId,
		@JsonProperty("followUpBooked") @Nullable LocalDate followUpBooked,
		@JsonProperty("workedWell") String workedWell, @JsonProperty("doDifferently") String doDifferently) {

	/** The format this release writes and reads. */
	public static final int FORMAT = 1;

	public Protocol {
		DocumentFormat.require("protocol", format, FORMAT);
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

	public Protocol(UUID chairStaffId, UUID secretaryStaffId, Map<AgendaSection, String> notes,
			@Nullable UUID coordinatorStaffId, @Nullable LocalDate followUpBooked, String workedWell,
			String doDifferently) {
		this(FORMAT, chairStaffId, secretaryStaffId, notes, coordinatorStaffId, followUpBooked, workedWell,
				doDifferently);
	}

	public String note(AgendaSection section) {
		return notes.getOrDefault(section, "");
	}

}
