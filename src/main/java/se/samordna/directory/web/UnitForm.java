package se.samordna.directory.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import se.samordna.directory.Unit;
import se.samordna.directory.UnitDetails;
import se.samordna.directory.UnitKind;
import se.samordna.platform.ValidPhoneNumber;

/** The unit form as the admin fills it in; never the aggregate itself. */
public class UnitForm {

	@NotNull
	private @Nullable UUID organisationId;

	@NotBlank
	@Size(max = 200)
	private String name = "";

	@NotNull
	private @Nullable UnitKind kind;

	@Pattern(regexp = "(" + UnitDetails.HSA_ID_PATTERN + ")?", message = "{directory.unit.hsaId.invalid}")
	private String hsaId = "";

	@ValidPhoneNumber
	private String phone = "";

	@Email
	@Size(max = 200)
	private String email = "";

	private long version;

	static UnitForm of(Unit unit) {
		var form = new UnitForm();
		form.organisationId = unit.organisationId();
		form.name = unit.name();
		form.kind = unit.kind();
		form.hsaId = unit.hsaId() == null ? "" : unit.hsaId();
		form.phone = unit.phone() == null ? "" : unit.phone();
		form.email = unit.email() == null ? "" : unit.email();
		form.version = unit.version();
		return form;
	}

	UnitDetails toDetails() {
		return new UnitDetails(organisationId, name, kind, hsaId, phone, email);
	}

	public @Nullable UUID getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(@Nullable UUID organisationId) {
		this.organisationId = organisationId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable UnitKind getKind() {
		return kind;
	}

	public void setKind(@Nullable UnitKind kind) {
		this.kind = kind;
	}

	public String getHsaId() {
		return hsaId;
	}

	public void setHsaId(String hsaId) {
		this.hsaId = hsaId.strip();
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email.strip();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
