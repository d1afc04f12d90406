package se.samordna.sip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.jspecify.annotations.Nullable;

import se.samordna.access.Standing;

/**
 * What the individual (or their guardian or representative) wrote on their own pages
 * before a meeting, in their own words. The staff see it in their preparation view; it
 * stays apart from the staff's own {@link Preparation}.
 *
 * @param whatMatters "Vad är viktigt för mig?"
 * @param notToRaise what must not be brought up at the meeting
 * @param interpreterLanguage empty when no interpreter is needed
 * @param writtenBy who wrote it: the person, a guardian or a representative
 */
public record OwnPreparation(@JsonProperty("whatMatters") String whatMatters,
		@JsonProperty("questions") @Nullable String questions,
		@JsonProperty("wantedParticipants") @Nullable String wantedParticipants,
		@JsonProperty("unwantedParticipants") @Nullable String unwantedParticipants,
		@JsonProperty("notToRaise") @Nullable String notToRaise,
		@JsonProperty("takingPart") Set<Preparation.TakingPart> takingPart,
		@JsonProperty("interpreterLanguage") @Nullable String interpreterLanguage,
		@JsonProperty("otherSupport") @Nullable String otherSupport, @JsonProperty("writtenBy") Standing writtenBy,
		@JsonProperty("writtenAt") Instant writtenAt) {

	/** The longest text the person may write in one answer, in characters. */
	public static final int TEXT = 4000;

	/** The longest language name. */
	public static final int LANGUAGE = 100;

	public OwnPreparation {
		takingPart = Set.copyOf(takingPart);
	}

	/**
	 * What the SIP refuses in the person's own preparation: nothing about what matters,
	 * or a text too long; named as the form on the person's pages names its fields.
	 */
	void check(Refusals refusals) {
		refusals.required("whatMatters", whatMatters, "sip.ownPreparation.whatMatters")
			.atMost("whatMatters", whatMatters, TEXT)
			.atMost("questions", questions, TEXT)
			.atMost("wantedParticipants", wantedParticipants, TEXT)
			.atMost("unwantedParticipants", unwantedParticipants, TEXT)
			.atMost("notToRaise", notToRaise, TEXT)
			.atMost("interpreterLanguage", interpreterLanguage, LANGUAGE)
			.atMost("otherSupport", otherSupport, TEXT);
	}

	/** What the form gives; who and when are added by the service. */
	public record Draft(String whatMatters, @Nullable String questions, @Nullable String wantedParticipants,
			@Nullable String unwantedParticipants, @Nullable String notToRaise, Set<Preparation.TakingPart> takingPart,
			@Nullable String interpreterLanguage, @Nullable String otherSupport) {

		public OwnPreparation by(Standing writer, Instant at) {
			return new OwnPreparation(whatMatters.strip(), trim(questions), trim(wantedParticipants),
					trim(unwantedParticipants), trim(notToRaise), takingPart, trim(interpreterLanguage),
					trim(otherSupport), writer, at);
		}

		private static @Nullable String trim(@Nullable String text) {
			return text == null || text.isBlank() ? null : text.strip();
		}

	}

	/**
	 * One note per writer (the person, the guardians, the representative), the latest
	 * kept. Stored as jsonb ({@code sip.own_preparations}): the names are the stored
	 * names, {@code format} the shape ("1", also when absent).
	 */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "format",
			requireTypeIdForSubtypes = OptBoolean.FALSE)
	@JsonTypeName("1")
	public record Notes(@JsonProperty("all") List<OwnPreparation> all) {

		public static final Notes NONE = new Notes(List.of());

		public Notes {
			all = List.copyOf(all);
		}

		Notes with(OwnPreparation note) {
			var list = new ArrayList<>(all.stream().filter(n -> n.writtenBy() != note.writtenBy()).toList());
			list.add(note);
			list.sort((a, b) -> a.writtenBy().compareTo(b.writtenBy()));
			return new Notes(list);
		}

	}

}
