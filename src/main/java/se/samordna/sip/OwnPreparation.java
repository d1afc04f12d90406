package se.samordna.sip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
public record OwnPreparation(String whatMatters, @Nullable String questions, @Nullable String wantedParticipants,
		@Nullable String unwantedParticipants, @Nullable String notToRaise, Set<Preparation.TakingPart> takingPart,
		@Nullable String interpreterLanguage, @Nullable String otherSupport, Standing writtenBy, Instant writtenAt) {

	public OwnPreparation {
		takingPart = Set.copyOf(takingPart);
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
	 * kept.
	 */
	public record Notes(List<OwnPreparation> all) {

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
