package se.samordna.sip;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.access.AccessControl;
import se.samordna.access.AccessGrant;
import se.samordna.access.AccessedRecord;
import se.samordna.access.CurrentUsers;
import se.samordna.access.PersonalDataSubject;
import se.samordna.access.Purpose;
import se.samordna.access.RecordRead;
import se.samordna.sip.internal.WorklistQuery;

/** A unit's worklist: the SIPs it starts or takes part in, with filters. */
@Service
public class Worklist {

	private final WorklistQuery query;

	private final AccessControl access;

	private final CurrentUsers users;

	private final Clock clock;

	Worklist(WorklistQuery query, AccessControl access, CurrentUsers users, Clock clock) {
		this.query = query;
		this.access = access;
		this.users = users;
		this.clock = clock;
	}

	/** One line of a unit's worklist. */
	public record Item(UUID sipId, UUID individualId, String name, boolean protectedIdentity, SipStatus status,
			Assessment.SipLevel level, @Nullable LocalDate nextFollowUp, boolean followUpOverdue,
			boolean hasCoordinator, PersonalDataSubject subject) {
	}

	/** The worklist's filters. */
	public enum Filter {

		OPEN, WAITING_FOR_CONSENT, NO_COORDINATOR, FOLLOW_UP_WITHIN_30_DAYS, FOLLOW_UP_OVERDUE, CLOSED

	}

	/**
	 * The SIPs the user's unit starts or takes part in, soonest follow-up first. Every
	 * listed case is a read, so each is in the access log: one decision for the whole
	 * list (each rule asked once, the rows written in one statement). A row the rules
	 * refuse is left out, and its refusal logged.
	 * @param status only SIPs in this state, when given
	 * @param individualId only this person's SIPs, when given
	 */
	@Transactional
	public List<Item> of(Filter filter, @Nullable SipStatus status, @Nullable UUID individualId) {
		LocalDate today = LocalDate.now(clock);
		List<WorklistQuery.Row> rows = query.rows(users.current().unitId(),
				WorklistQuery.Condition.valueOf(filter.name()), status, individualId, today);
		Set<AccessedRecord> granted = access
			.grantReads(rows.stream().map(row -> new RecordRead(row.subject(), SipStore.record(row.sipId()))).toList(),
					Purpose.SIP)
			.stream()
			.map(AccessGrant::record)
			.collect(Collectors.toSet());
		return rows.stream()
			.filter(row -> granted.contains(SipStore.record(row.sipId())))
			.map(row -> new Item(row.sipId(), row.individualId(), row.name(), row.subject().protectedIdentity(),
					row.status(), row.level(), row.nextFollowUp(),
					row.status().isOpen() && row.nextFollowUp() != null && row.nextFollowUp().isBefore(today),
					row.coordinated(), row.subject()))
			.toList();
	}

}
