package se.samordna.people;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A guardian, representative or relative as staff record them.
 *
 * @param mandate for god man and förvaltare: the areas their mandate covers
 * @param note for an ombud: what the fullmakt covers; for a relative: how they are
 * related
 */
public record RelationDetails(RelationKind kind, String name, @Nullable Personnummer personnummer,
		@Nullable String phone, @Nullable String email, Set<MandateArea> mandate, @Nullable String note) {
}
