package se.samordna.sip;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.access.AccessAction;
import se.samordna.access.AccessControl;
import se.samordna.access.AccessedRecord;
import se.samordna.access.CitizenRight;
import se.samordna.access.CitizenStanding;
import se.samordna.access.PersonalDataSubject;
import se.samordna.access.Purpose;
import se.samordna.people.Individual;
import se.samordna.people.People;
import se.samordna.platform.NotFoundException;
import se.samordna.sip.internal.SipRecords;

/**
 * Confirmed plan versions to print or export, by staff or on the person's own pages. The
 * access-log row names the action and the version.
 */
@Service
public class PlansOnPaper {

	private final SipStore store;

	private final SipRecords records;

	private final AccessControl access;

	private final People people;

	PlansOnPaper(SipStore store, SipRecords records, AccessControl access, People people) {
		this.people = people;
		this.store = store;
		this.records = records;
		this.access = access;
	}

	/**
	 * One confirmed plan version, with the person it is about.
	 *
	 * @param individual set for a staff print or export (one access-log row covers the
	 * person); null on the person's own pages, which show their own details
	 */
	public record PlanOnPaper(Sip sip, PlanVersion version, PersonalDataSubject subject,
			@Nullable Individual individual) {
	}

	/**
	 * @param action {@link AccessAction#PRINT} or {@link AccessAction#EXPORT}
	 * @throws NotFoundException when the SIP, or that version of its plan, is not there
	 * for the user
	 */
	@Transactional
	public PlanOnPaper forStaff(UUID sipId, int number, AccessAction action) {
		Sip sip = store.load(sipId);
		PlanVersion version = version(sipId, number);
		People.GrantedRead read = people.readUnder(sip.individualId(), subject -> access.grant(subject,
				AccessedRecord.ofVersion(SipStore.RECORD, sipId, number), action, Purpose.SIP));
		return new PlanOnPaper(sip, version, read.grant().currentSubject(), read.individual());
	}

	/** Printed by the individual, a guardian or a representative on their own pages. */
	public record CitizenPlanOnPaper(PlanOnPaper plan, CitizenStanding standing) {
	}

	@Transactional
	public CitizenPlanOnPaper forCitizen(UUID sipId, int number) {
		Sip sip = store.load(sipId);
		PlanVersion version = version(sipId, number);
		PersonalDataSubject subject = store.subjectOf(sip.individualId());
		CitizenStanding standing = access.requireCitizen(subject,
				AccessedRecord.ofVersion(SipStore.RECORD, sipId, number), CitizenRight.VIEW, AccessAction.PRINT,
				Purpose.SIP);
		return new CitizenPlanOnPaper(new PlanOnPaper(sip, version, subject, null), standing);
	}

	private PlanVersion version(UUID sipId, int number) {
		return records.versions(sipId)
			.stream()
			.filter(version -> version.number() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("version " + number + " of sip " + sipId));
	}

}
