package se.samordna.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.PhoneNumber;

/**
 * A unit (verksamhet) of a principal or another actor: vårdcentral, BUP, biståndsenhet …
 */
public class Unit {

	@Id
	private UUID id;

	private UUID organisationId;

	private String name;

	private UnitKind kind;

	private @Nullable String hsaId;

	private @Nullable String phone;

	private @Nullable String email;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Unit(UUID id, UUID organisationId, String name, UnitKind kind, @Nullable String hsaId, @Nullable String phone,
			@Nullable String email, @Nullable Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.name = name;
		this.kind = kind;
		this.hsaId = hsaId;
		this.phone = phone;
		this.email = email;
		this.version = version;
	}

	public static Unit create(UnitDetails details) {
		var unit = new Unit(UUID.randomUUID(), details.organisationId(), details.name(), details.kind(), null, null,
				null, null);
		unit.apply(details);
		return unit;
	}

	/**
	 * Changes the unit as the admin saw it.
	 * @throws ConcurrentEditException when someone else saved the unit since
	 * {@code seenVersion}
	 */
	public void change(UnitDetails details, long seenVersion) {
		if (version == null || version != seenVersion) {
			throw new ConcurrentEditException("unit " + id + " changed since version " + seenVersion);
		}
		apply(details);
	}

	/** Overwrites from an import file, which carries no version. */
	void importFrom(UnitDetails details) {
		apply(details);
	}

	/**
	 * @throws se.samordna.platform.FieldRefusal on {@code phone} when it is not a phone
	 * number; nothing is changed then
	 */
	private void apply(UnitDetails details) {
		if (!UnitDetails.isValidHsaId(details.hsaId())) {
			throw new IllegalArgumentException("invalid HSA-id for unit " + id);
		}
		PhoneNumber number = PhoneNumber.ofOptional(details.phone());
		this.organisationId = details.organisationId();
		this.name = details.name().strip();
		this.kind = details.kind();
		this.hsaId = blankToNull(details.hsaId());
		this.phone = number == null ? null : number.text();
		this.email = blankToNull(details.email());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public UUID id() {
		return id;
	}

	public UUID organisationId() {
		return organisationId;
	}

	public String name() {
		return name;
	}

	public UnitKind kind() {
		return kind;
	}

	public @Nullable String hsaId() {
		return hsaId;
	}

	public @Nullable String phone() {
		return phone;
	}

	public @Nullable String email() {
		return email;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	public UnitDetails details() {
		return new UnitDetails(organisationId, name, kind, hsaId, phone, email);
	}

}
