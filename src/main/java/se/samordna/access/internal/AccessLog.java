package se.samordna.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
		insert(user, subject, record, action, purpose, "GRANTED", null);
	}

	/** In a transaction of its own, so the refusal outlives the caller's rollback. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refused(CurrentUser user, PersonalDataSubject subject, AccessedRecord record, AccessAction action,
			Purpose purpose, String reason) {
		insert(user, subject, record, action, purpose, "REFUSED", reason);
	}

	private void insert(CurrentUser user, @Nullable PersonalDataSubject subject, AccessedRecord record,
			AccessAction action, Purpose purpose, String outcome, @Nullable String reason) {
		jdbc.sql("""
				insert into access_log (occurred_at, username, staff_id, unit_id, unit_name, roles,
				                        individual_id, personal_identity, protected_person,
				                        record_type, record_id, record_version, action, purpose, outcome, reason)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(Instant.now(clock)), user.username(), user.staffId(), user.unitId(), user.unitName(),
					String.join(",", new TreeSet<>(user.roles().stream().map(Enum::name).toList())),
					subject == null ? null : subject.individualId(),
					subject == null ? null : subject.personalIdentity(), subject != null && subject.protectedIdentity(),
					record.type(), record.id(), record.version(), action.name(), purpose.name(), outcome, reason)
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
