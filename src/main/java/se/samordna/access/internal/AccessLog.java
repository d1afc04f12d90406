package se.samordna.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.access.AccessAction;
import se.samordna.access.AccessedRecord;
import se.samordna.access.Citizen;
import se.samordna.access.CurrentUser;
import se.samordna.access.PersonalDataSubject;
import se.samordna.access.Purpose;
import se.samordna.access.RecordRead;
import se.samordna.access.Standing;

/**
 * Writes the access log (who, unit, role, whose data, which record, what action, purpose,
 * when, granted or refused). The table is append-only in the database itself (trigger in
 * {@code V4__access.sql}); nothing here updates or deletes.
 */
@Component
public class AccessLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AccessLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** In the caller's transaction: no transaction, no read. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void granted(CurrentUser user, @Nullable PersonalDataSubject subject, AccessedRecord record,
			AccessAction action, Purpose purpose) {
		insert(user, List.of(new Row(subject, record, null)), action, purpose, "GRANTED");
	}

	/** In a transaction of its own, so the refusal outlives the caller's rollback. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refused(CurrentUser user, PersonalDataSubject subject, AccessedRecord record, AccessAction action,
			Purpose purpose, String reason) {
		insert(user, List.of(new Row(subject, record, reason)), action, purpose, "REFUSED");
	}

	/** One row per read, in one statement, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void grantedAll(CurrentUser user, List<RecordRead> reads, AccessAction action, Purpose purpose) {
		insert(user, reads.stream().map(read -> new Row(read.subject(), read.record(), null)).toList(), action, purpose,
				"GRANTED");
	}

	/**
	 * One row per refused read, with its reason, in one statement, in a transaction of
	 * its own.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refusedAll(CurrentUser user, Map<RecordRead, String> reasons, AccessAction action, Purpose purpose) {
		insert(user,
				reasons.entrySet()
					.stream()
					.map(refused -> new Row(refused.getKey().subject(), refused.getKey().record(), refused.getValue()))
					.toList(),
				action, purpose, "REFUSED");
	}

	/** What varies between the rows of one decision. */
	private record Row(@Nullable PersonalDataSubject subject, AccessedRecord record, @Nullable String reason) {
	}

	/**
	 * All rows of one decision in one statement, however many: the rows go in as arrays,
	 * in order.
	 */
	private void insert(CurrentUser user, List<Row> rows, AccessAction action, Purpose purpose, String outcome) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into access_log (occurred_at, username, staff_id, unit_id, unit_name, roles,
				                        individual_id, personal_identity, protected_person,
				                        record_type, record_id, record_version, action, purpose, outcome, reason)
				select :at, :username, :staffId, :unitId, :unitName, :roles,
				       row.individual_id, row.personal_identity, row.protected_person,
				       row.record_type, row.record_id, row.record_version, :action, :purpose, :outcome, row.reason
				from unnest(cast(:individuals as uuid[]), cast(:identities as text[]), cast(:protected as boolean[]),
				            cast(:types as text[]), cast(:ids as text[]), cast(:versions as integer[]),
				            cast(:reasons as text[]))
				     with ordinality as row(individual_id, personal_identity, protected_person, record_type, record_id,
				                            record_version, reason, position)
				order by row.position""")
			.param("at", Timestamp.from(Instant.now(clock)))
			.param("username", user.username())
			.param("staffId", user.staffId())
			.param("unitId", user.unitId())
			.param("unitName", user.unitName())
			.param("roles", String.join(",", new TreeSet<>(user.roles().stream().map(Enum::name).toList())))
			.param("action", action.name())
			.param("purpose", purpose.name())
			.param("outcome", outcome)
			.param("individuals",
					rows.stream()
						.map(row -> row.subject() == null ? null : row.subject().individualId().toString())
						.toArray(String[]::new))
			.param("identities",
					rows.stream()
						.map(row -> row.subject() == null ? null : row.subject().personalIdentity())
						.toArray(String[]::new))
			.param("protected",
					rows.stream()
						.map(row -> row.subject() != null && row.subject().protectedIdentity())
						.toArray(Boolean[]::new))
			.param("types", rows.stream().map(row -> row.record().type()).toArray(String[]::new))
			.param("ids", rows.stream().map(row -> row.record().id()).toArray(String[]::new))
			.param("versions", rows.stream().map(row -> row.record().version()).toArray(Integer[]::new))
			.param("reasons", rows.stream().map(Row::reason).toArray(String[]::new))
			.update();
	}

	/** A citizen's read or change, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void citizenGranted(Citizen citizen, Standing standing, PersonalDataSubject subject, AccessedRecord record,
			AccessAction action, Purpose purpose) {
		insertCitizen(citizen, standing, subject, record, action, purpose, "GRANTED", null);
	}

	/** A citizen's refusal, in a transaction of its own. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void citizenRefused(Citizen citizen, @Nullable Standing standing, PersonalDataSubject subject,
			AccessedRecord record, AccessAction action, Purpose purpose, String reason) {
		insertCitizen(citizen, standing, subject, record, action, purpose, "REFUSED", reason);
	}

	private void insertCitizen(Citizen citizen, @Nullable Standing standing, PersonalDataSubject subject,
			AccessedRecord record, AccessAction action, Purpose purpose, String outcome, @Nullable String reason) {
		jdbc.sql("""
				insert into access_log (occurred_at, username, roles, citizen_identity, citizen_standing,
				                        individual_id, personal_identity, protected_person,
				                        record_type, record_id, record_version, action, purpose, outcome, reason)
				values (?, ?, 'CITIZEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(Instant.now(clock)), citizen.username(), citizen.personalIdentity(),
					standing == null ? null : standing.name(), subject.individualId(), subject.personalIdentity(),
					subject.protectedIdentity(), record.type(), record.id(), record.version(), action.name(),
					purpose.name(), outcome, reason)
			.update();
	}

}
