package se.samordna.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import se.samordna.platform.ConcurrentEditException;

/** A principal (kommun, region) or another actor (Försäkringskassan, skola …). */
public class Organisation {

	@Id
	private UUID id;

	private String name;

	private OrganisationKind kind;

	private @Nullable String organisationsnummer;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Organisation(UUID id, String name, OrganisationKind kind, @Nullable String organisationsnummer,
			@Nullable Long version) {
		this.id = id;
		this.name = name;
		this.kind = kind;
		this.organisationsnummer = organisationsnummer;
		this.version = version;
	}

	public static Organisation create(String name, OrganisationKind kind, @Nullable Organisationsnummer number) {
		return new Organisation(UUID.randomUUID(), name.strip(), kind, number == null ? null : number.digits(), null);
	}

	/**
	 * Changes the organisation as the admin saw it.
	 * @throws ConcurrentEditException when someone else saved it since
	 * {@code seenVersion}
	 */
	public void change(String name, OrganisationKind kind, @Nullable Organisationsnummer number, long seenVersion) {
		if (version == null || version != seenVersion) {
			throw new ConcurrentEditException("organisation " + id + " changed since version " + seenVersion);
		}
		this.name = name.strip();
		this.kind = kind;
		this.organisationsnummer = number == null ? null : number.digits();
	}

	public long version() {
		return version == null ? 0 : version;
	}

	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public OrganisationKind kind() {
		return kind;
	}

	public @Nullable Organisationsnummer organisationsnummer() {
		return organisationsnummer == null ? null : new Organisationsnummer(organisationsnummer);
	}

	public boolean isPrincipal() {
		return kind.isPrincipal();
	}

}
