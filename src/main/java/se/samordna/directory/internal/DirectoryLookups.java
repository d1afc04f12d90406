package se.samordna.directory.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samordna.directory.Role;

/**
 * What a page looks up in the directory for the few ids it shows or offers: one query per
 * kind, for just those ids, never the whole directory (and no query per row, as loading
 * staff accounts with their roles one by one would be).
 */
@Component
public class DirectoryLookups {

	private final JdbcClient jdbc;

	DirectoryLookups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<UUID, String> unitNames(Collection<UUID> ids) {
		return names("select id, name from unit where id = any(cast(? as uuid[]))", ids);
	}

	public Map<UUID, String> organisationNames(Collection<UUID> ids) {
		return names("select id, name from organisation where id = any(cast(? as uuid[]))", ids);
	}

	public Map<UUID, String> staffNames(Collection<UUID> ids) {
		return names("select id, display_name as name from staff_account where id = any(cast(? as uuid[]))", ids);
	}

	/** A staff account as stored, with its roles. */
	public record StaffRow(UUID id, String username, String displayName, @Nullable String title, UUID unitId,
			@Nullable String email, boolean active, Set<Role> roles, long version) {
	}

	/** The staff of these units, active or not, with their roles, in one query. */
	public List<StaffRow> staffOf(Collection<UUID> unitIds) {
		String[] units = distinct(unitIds);
		if (units.length == 0) {
			return List.of();
		}
		return jdbc.sql("""
				select s.id, s.username, s.display_name, s.title, s.unit_id, s.email, s.active, s.version,
				       array_remove(array_agg(r.role), null) as roles
				from staff_account s left join staff_role r on r.staff_account_id = s.id
				where s.unit_id = any(cast(? as uuid[]))
				group by s.id""").param(units).query((rs, row) -> {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
			return new StaffRow(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
					rs.getString("title"), rs.getObject("unit_id", UUID.class), rs.getString("email"),
					rs.getBoolean("active"), roles, rs.getLong("version"));
		}).list();
	}

	private Map<UUID, String> names(String sql, Collection<UUID> ids) {
		String[] wanted = distinct(ids);
		if (wanted.length == 0) {
			return Map.of();
		}
		return jdbc.sql(sql)
			.param(wanted)
			.query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static String[] distinct(Collection<UUID> ids) {
		return ids.stream().filter(Objects::nonNull).distinct().map(UUID::toString).toArray(String[]::new);
	}

}
