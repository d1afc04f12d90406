package se.samordna.directory.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import se.samordna.directory.Role;
import se.samordna.directory.StaffAccount;
import se.samordna.directory.StaffDetails;

/** The staff form as the admin fills it in. */
public class StaffForm {

	@NotBlank
	@Pattern(regexp = "(" + StaffDetails.USERNAME_PATTERN + ")?", message = "{directory.staff.username.invalid}")
	private String username = "";

	@NotBlank
	@Size(max = 200)
	private String displayName = "";

	@Size(max = 200)
	private String title = "";

	@NotNull
	private @Nullable UUID unitId;

	@Email
	@Size(max = 200)
	private String email = "";

	@NotEmpty
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean active = true;

	private long version;

	static StaffForm of(StaffAccount account) {
		var form = new StaffForm();
		form.username = account.username();
		form.displayName = account.displayName();
		form.title = account.title() == null ? "" : account.title();
		form.unitId = account.unitId();
		form.email = account.email() == null ? "" : account.email();
		form.roles = account.roles();
		form.active = account.active();
		form.version = account.version();
		return form;
	}

	StaffDetails toDetails() {
		return new StaffDetails(username, displayName, title, unitId, email, roles, active);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username.strip();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public @Nullable UUID getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable UUID unitId) {
		this.unitId = unitId;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email.strip();
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(@Nullable Set<Role> roles) {
		this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
