package se.samordna.sip;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import se.samordna.access.Standing;

/**
 * The person's comment on the plan, kept as written and never changed.
 *
 * @param planVersion the confirmed version the comment was made on; 0 for a draft before
 * the first
 * @param goal the goal commented on, in the words of the plan; null for the plan as a
 * whole
 */
public record IndividualComment(UUID id, UUID sipId, int planVersion, @Nullable String goal, String text,
		Standing writtenBy, Instant writtenAt) {
}
