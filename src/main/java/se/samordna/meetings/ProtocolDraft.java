package se.samordna.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import se.samordna.sip.PlanContent;

/**
 * The protocol as far as the caller has written it, saved on the meeting before or during
 * it and loaded back into the form. A draft may be half done: nothing in it is checked
 * until the meeting is held, and the SIP sees none of it. Stored as the meeting's
 * {@code protocol_draft} jsonb document: the JSON names and the {@link #FORMAT} are fixed
 * here; goals and actions are kept as the form's rows, not as plan content, because a
 * draft need not be a valid plan yet.
 *
 * @param savedBy the staff member who saved it last (set by the meeting)
 */
public record ProtocolDraft(@JsonProperty("format") int format,
		@JsonProperty("chairStaffId") @Nullable UUID chairStaffId,
		@JsonProperty("secretaryStaffId") @Nullable UUID secretaryStaffId,
		@JsonProperty("attendance") Map<UUID, Attendance> attendance,
		@JsonProperty("notes") Map<AgendaSection, String> notes, @JsonProperty("needs") String needs,
		@JsonProperty("goals") List<Goal> goals, @JsonProperty("actions") List<Action> actions,
		@JsonProperty("coordinatorStaffId") @Nullable UUID coordinatorStaffId,
		@JsonProperty("followUp") @Nullable LocalDate followUp, @JsonProperty("workedWell") String workedWell,
		@JsonProperty("doDifferently") String doDifferently, @JsonProperty("savedBy") @Nullable UUID savedBy,
		@JsonProperty("savedAt") @Nullable Instant savedAt) {

	/** The format this release writes and reads. */
	public static final int FORMAT = 1;

	public ProtocolDraft {
		DocumentFormat.require("protocol draft", format, FORMAT);
		attendance = Map.copyOf(attendance);
		var written = new EnumMap<AgendaSection, String>(AgendaSection.class);
		notes.forEach((section, text) -> {
			if (text != null && !text.isBlank()) {
				written.put(section, text);
			}
		});
		notes = Map.copyOf(written);
		needs = Objects.requireNonNullElse(needs, "");
		goals = List.copyOf(goals);
		actions = List.copyOf(actions);
		workedWell = Objects.requireNonNullElse(workedWell, "");
		doDifferently = Objects.requireNonNullElse(doDifferently, "");
	}

	/** A draft as the form has it, before the meeting says who saved it. */
	public static ProtocolDraft of(@Nullable UUID chairStaffId, @Nullable UUID secretaryStaffId,
			Map<UUID, Attendance> attendance, Map<AgendaSection, String> notes, String needs, List<Goal> goals,
			List<Action> actions, @Nullable UUID coordinatorStaffId, @Nullable LocalDate followUp, String workedWell,
			String doDifferently) {
		return new ProtocolDraft(FORMAT, chairStaffId, secretaryStaffId, new HashMap<>(attendance), notes, needs, goals,
				actions, coordinatorStaffId, followUp, workedWell, doDifferently, null, null);
	}

	ProtocolDraft savedBy(UUID staffId, Instant at) {
		return new ProtocolDraft(format, chairStaffId, secretaryStaffId, attendance, notes, needs, goals, actions,
				coordinatorStaffId, followUp, workedWell, doDifferently, staffId, at);
	}

	/** A goal row as written, perhaps half filled. */
	public record Goal(@JsonProperty("words") String words, @JsonProperty("term") PlanContent.Goal.Term term,
			@JsonProperty("subGoals") String subGoals, @JsonProperty("followedUpBy") String followedUpBy) {

		public Goal {
			words = Objects.requireNonNullElse(words, "");
			term = Objects.requireNonNullElse(term, PlanContent.Goal.Term.LONG);
			subGoals = Objects.requireNonNullElse(subGoals, "");
			followedUpBy = Objects.requireNonNullElse(followedUpBy, "");
		}

	}

	/** An action row as written, perhaps half filled. */
	public record Action(@JsonProperty("id") @Nullable UUID id, @JsonProperty("description") String description,
			@JsonProperty("responsibleUnitId") @Nullable UUID responsibleUnitId,
			@JsonProperty("start") @Nullable LocalDate start, @JsonProperty("end") @Nullable LocalDate end,
			@JsonProperty("timing") PlanContent.Action.Timing timing,
			@JsonProperty("relatedActionId") @Nullable UUID relatedActionId) {

		public Action {
			description = Objects.requireNonNullElse(description, "");
			timing = Objects.requireNonNullElse(timing, PlanContent.Action.Timing.INDEPENDENT);
		}

	}

}
