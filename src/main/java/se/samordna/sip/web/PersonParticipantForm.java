package se.samordna.sip.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import se.samordna.sip.Participant;

/** Adding a relative or representative to the SIP. */
public class PersonParticipantForm {

	@NotNull
	private Participant.@Nullable Kind kind;

	@NotBlank
	@Size(max = 200)
	private String name = "";

	@Size(max = 200)
	private String role = "";

	private long version;

	public Participant.@Nullable Kind getKind() {
		return kind;
	}

	public void setKind(Participant.@Nullable Kind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
