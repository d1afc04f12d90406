package se.samordna.directory;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.samordna.platform.ConcurrentEditException;

/**
 * A person who works in a unit and logs in to Samordna, with the roles they hold there.
 */
public class StaffAccount {

	@Id
	private UUID id;

	private String username;

	private String displayName;

	private @Nullable String title;

	private UUID unitId;

	private @Nullable String email;

	private boolean active;

	@MappedCollection(idColumn = "staff_account_id")
	private Set<RoleGrant> roles;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	StaffAccount(UUID id, String username, String displayName, @Nullable String title, UUID unitId,
			@Nullable String email, boolean active, Set<RoleGrant> roles, @Nullable Long version) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.title = title;
		this.unitId = unitId;
		this.email = email;
		this.active = active;
		this.roles = new HashSet<>(roles);
		this.version = version;
	}

	public static StaffAccount create(StaffDetails details) {
		var account = new StaffAccount(UUID.randomUUID(), details.username(), details.displayName(), null,
				details.unitId(), null, true, Set.of(), null);
		account.apply(details);
		return account;
	}

	/**
	 * @throws ConcurrentEditException when someone else saved the account since
	 * {@code seenVersion}
	 */
	public void change(StaffDetails details, long seenVersion) {
		if (version == null || version != seenVersion) {
			throw new ConcurrentEditException("staff account " + id + " changed since version " + seenVersion);
		}
		apply(details);
	}

	private void apply(StaffDetails details) {
		if (!details.username().matches(StaffDetails.USERNAME_PATTERN)) {
			throw new IllegalArgumentException("invalid username for staff account " + id);
		}
		if (details.roles().isEmpty()) {
			throw new IllegalArgumentException("staff account " + id + " needs at least one role");
		}
		this.username = details.username();
		this.displayName = details.displayName().strip();
		this.title = details.title() == null || details.title().isBlank() ? null : details.title().strip();
		this.unitId = details.unitId();
		this.email = details.email() == null || details.email().isBlank() ? null : details.email().strip();
		this.active = details.active();
		this.roles = details.roles().stream().map(RoleGrant::new).collect(Collectors.toSet());
	}

	public UUID id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public @Nullable String title() {
		return title;
	}

	public UUID unitId() {
		return unitId;
	}

	public @Nullable String email() {
		return email;
	}

	public boolean active() {
		return active;
	}

	public Set<Role> roles() {
		var result = EnumSet.noneOf(Role.class);
		roles.forEach(grant -> result.add(grant.role()));
		return result;
	}

	public boolean hasRole(Role role) {
		return roles().contains(role);
	}

	public long version() {
		return version == null ? 0 : version;
	}

	public StaffDetails details() {
		return new StaffDetails(username, displayName, title, unitId, email, roles(), active);
	}

	@Table("staff_role")
	record RoleGrant(Role role) {
	}

}
