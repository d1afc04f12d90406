package se.samordna.sip;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import se.samordna.access.AccessedRecord;
import se.samordna.access.CurrentUser;
import se.samordna.access.PersonalDataSubject;
import se.samordna.people.People;
import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.NotFoundException;
import se.samordna.sip.internal.SipRepository;

/**
 * What every SIP use case does around the aggregate: load it, name whose data it is for
 * the access check, save it as the user saw it, and read the clock. Shared by the staff
 * commands, the person's own use cases and printing.
 */
@Component
class SipStore {

	static final String RECORD = "sip";

	private final SipRepository sips;

	private final People people;

	private final Clock clock;

	SipStore(SipRepository sips, People people, Clock clock) {
		this.sips = sips;
		this.people = people;
		this.clock = clock;
	}

	Sip load(UUID sipId) {
		return sips.findById(sipId).orElseThrow(() -> new NotFoundException("sip " + sipId));
	}

	PersonalDataSubject subjectOf(UUID individualId) {
		return people.accessSubject(individualId)
			.orElseThrow(() -> new NotFoundException("individual " + individualId));
	}

	/**
	 * Changes the SIP as the user saw it; a save by someone else in between is told,
	 * never overwritten.
	 */
	Sip saveSeen(Sip sip, long seenVersion, Runnable change) {
		if (sip.version() != seenVersion) {
			throw new ConcurrentEditException("sip " + sip.id() + " changed since version " + seenVersion);
		}
		change.run();
		return save(sip);
	}

	Sip save(Sip sip) {
		try {
			return sips.save(sip);
		}
		catch (OptimisticLockingFailureException e) {
			throw new ConcurrentEditException("sip " + sip.id() + " was saved by someone else");
		}
	}

	static AccessedRecord record(UUID sipId) {
		return AccessedRecord.of(RECORD, sipId);
	}

	static Actor actor(CurrentUser user) {
		return new Actor(user.staffId(), user.unitId());
	}

	Instant now() {
		return Instant.now(clock);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

}
