package se.samordna.people;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import se.samordna.platform.PhoneNumber;

/**
 * A guardian, representative or relative of one individual; part of {@link Individual}.
 */
@Table("individual_relation")
public class Relation {

	@Id
	private UUID id;

	private RelationKind kind;

	private String name;

	private @Nullable String personalIdentity;

	private @Nullable String phone;

	private @Nullable String email;

	/** Comma-separated {@link MandateArea} codes. */
	private String mandate;

	private @Nullable String note;

	@PersistenceCreator
	Relation(UUID id, RelationKind kind, String name, @Nullable String personalIdentity, @Nullable String phone,
			@Nullable String email, String mandate, @Nullable String note) {
		this.id = id;
		this.kind = kind;
		this.name = name;
		this.personalIdentity = personalIdentity;
		this.phone = phone;
		this.email = email;
		this.mandate = mandate;
		this.note = note;
	}

	/**
	 * @throws se.samordna.platform.FieldRefusal on {@code phone} when it is not a phone
	 * number
	 */
	static Relation of(RelationDetails details) {
		PhoneNumber number = PhoneNumber.ofOptional(details.phone());
		return new Relation(UUID.randomUUID(), details.kind(), details.name().strip(),
				details.personnummer() == null ? null : details.personnummer().digits(),
				number == null ? null : number.text(), blankToNull(details.email()),
				details.mandate().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
				blankToNull(details.note()));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public UUID id() {
		return id;
	}

	public RelationKind kind() {
		return kind;
	}

	public String name() {
		return name;
	}

	public @Nullable Personnummer personnummer() {
		return personalIdentity == null ? null : new Personnummer(personalIdentity);
	}

	public @Nullable String phone() {
		return phone;
	}

	public @Nullable String email() {
		return email;
	}

	public Set<MandateArea> mandate() {
		if (mandate.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(mandate.split(","))
			.map(MandateArea::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(MandateArea.class)));
	}

	public @Nullable String note() {
		return note;
	}

}
