package se.samordna.people.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import se.samordna.people.MandateArea;
import se.samordna.people.RelationKind;
import se.samordna.platform.ValidPhoneNumber;

/** A guardian, representative or relative as staff type them. */
public class RelationForm {

	@NotNull
	private @Nullable RelationKind kind;

	@NotBlank
	@Size(max = 200)
	private String name = "";

	private String personnummer = "";

	@ValidPhoneNumber
	private String phone = "";

	@Email
	@Size(max = 200)
	private String email = "";

	private Set<MandateArea> mandate = EnumSet.noneOf(MandateArea.class);

	@Size(max = 500)
	private String note = "";

	private long version;

	public @Nullable RelationKind getKind() {
		return kind;
	}

	public void setKind(@Nullable RelationKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPersonnummer() {
		return personnummer;
	}

	public void setPersonnummer(String personnummer) {
		this.personnummer = personnummer.strip();
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

	public Set<MandateArea> getMandate() {
		return mandate;
	}

	public void setMandate(@Nullable Set<MandateArea> mandate) {
		this.mandate = mandate == null ? EnumSet.noneOf(MandateArea.class) : mandate;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
