package se.samordna.sip.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Adding a unit to the SIP. */
public class UnitParticipantForm {

	@NotNull
	private @Nullable UUID unitId;

	@Size(max = 200)
	private String role = "";

	private long version;

	public @Nullable UUID getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable UUID unitId) {
		this.unitId = unitId;
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
