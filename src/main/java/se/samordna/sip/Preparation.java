package se.samordna.sip;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Step 3, förberedelser, done with the individual. Stored as jsonb
 * ({@code sip.preparation}): the names below are the stored names, {@code format} the
 * shape ("1", also when absent).
 *
 * @param whatMatters "Vad är viktigt för dig?" in the individual's words
 * @param wantedParticipants who the individual wants at the meeting ("my doctor must
 * come")
 * @param unwantedParticipants who the individual does not want there
 * @param interpreterLanguage empty when no interpreter is needed
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "format",
		requireTypeIdForSubtypes = OptBoolean.FALSE)
@JsonTypeName("1")
public record Preparation(@JsonProperty("whatMatters") String whatMatters,
		@JsonProperty("purpose") @Nullable String purpose, @JsonProperty("questions") @Nullable String questions,
		@JsonProperty("wantedParticipants") @Nullable String wantedParticipants,
		@JsonProperty("unwantedParticipants") @Nullable String unwantedParticipants,
		@JsonProperty("takingPart") Set<TakingPart> takingPart,
		@JsonProperty("interpreterLanguage") @Nullable String interpreterLanguage,
		@JsonProperty("aids") @Nullable String aids, @JsonProperty("supportPerson") @Nullable String supportPerson,
		@JsonProperty("childAdaptations") @Nullable String childAdaptations) {

	/** The longest answer about what matters, in characters. */
	public static final int WHAT_MATTERS = 2000;

	/** The longest of the other answers in words. */
	public static final int ANSWER = 1000;

	/** The longest short answer: aids, support person. */
	public static final int SHORT_ANSWER = 500;

	/** The longest language name. */
	public static final int LANGUAGE = 100;

	public Preparation {
		takingPart = Set.copyOf(takingPart);
	}

	/**
	 * What the SIP refuses in a preparation: nothing about what matters, or an answer too
	 * long; named as the preparation form names its fields.
	 */
	void check(Refusals refusals) {
		refusals.required("whatMatters", whatMatters, "sip.preparation.whatMatters")
			.atMost("whatMatters", whatMatters, WHAT_MATTERS)
			.atMost("purpose", purpose, ANSWER)
			.atMost("questions", questions, ANSWER)
			.atMost("wantedParticipants", wantedParticipants, ANSWER)
			.atMost("unwantedParticipants", unwantedParticipants, ANSWER)
			.atMost("interpreterLanguage", interpreterLanguage, LANGUAGE)
			.atMost("aids", aids, SHORT_ANSWER)
			.atMost("supportPerson", supportPerson, SHORT_ANSWER)
			.atMost("childAdaptations", childAdaptations, ANSWER);
	}

	/** How the individual wants to take part in the meeting. */
	public enum TakingPart {

		WHOLE_MEETING, PART_OF_MEETING, IN_PERSON, PHONE, VIDEO, BY_LETTER, THROUGH_SOMEONE

	}

}
