package se.samordna.sip;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Step 3, förberedelser, done with the individual.
 *
 * @param whatMatters "Vad är viktigt för dig?" in the individual's words
 * @param wantedParticipants who the individual wants at the meeting ("my doctor must
 * come")
 * @param unwantedParticipants who the individual does not want there
 * @param interpreterLanguage empty when no interpreter is needed
 */
public record Preparation(String whatMatters, @Nullable String purpose, @Nullable String questions,
		@Nullable String wantedParticipants, @Nullable String unwantedParticipants, Set<TakingPart> takingPart,
		@Nullable String interpreterLanguage, @Nullable String aids, @Nullable String supportPerson,
		@Nullable String childAdaptations) {

	public Preparation {
		takingPart = Set.copyOf(takingPart);
	}

	/** How the individual wants to take part in the meeting. */
	public enum TakingPart {

		WHOLE_MEETING, PART_OF_MEETING, IN_PERSON, PHONE, VIDEO, BY_LETTER, THROUGH_SOMEONE

	}

}
