package se.samordna.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import se.samordna.directory.Organisation;
import se.samordna.directory.OrganisationKind;
import se.samordna.directory.Organisationsnummer;

/** A principal or other actor as the admin types it. */
public class OrganisationForm {

	@NotBlank
	@Size(max = 200)
	private String name = "";

	@NotNull
	private @Nullable OrganisationKind kind;

	private String organisationsnummer = "";

	private long version;

	static OrganisationForm of(Organisation organisation) {
		var form = new OrganisationForm();
		form.name = organisation.name();
		form.kind = organisation.kind();
		Organisationsnummer number = organisation.organisationsnummer();
		form.organisationsnummer = number == null ? "" : number.formatted();
		form.version = organisation.version();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable OrganisationKind getKind() {
		return kind;
	}

	public void setKind(@Nullable OrganisationKind kind) {
		this.kind = kind;
	}

	public String getOrganisationsnummer() {
		return organisationsnummer;
	}

	public void setOrganisationsnummer(String organisationsnummer) {
		this.organisationsnummer = organisationsnummer.strip();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
