package se.samordna.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.access.internal.AccessLog;
import se.samordna.access.internal.AccessRules;
import se.samordna.access.internal.CareRelations;
import se.samordna.access.internal.CitizenAccess;
import se.samordna.platform.NotFoundException;

/**
 * The one place that decides whether the signed-in user may read or change an
 * individual's data. Every decision writes an access-log row before it returns:
 * <ul>
 * <li>a granted row in the caller's transaction, so that if the row cannot be written the
 * read fails with it (fail closed) — hence {@link Propagation#MANDATORY};</li>
 * <li>a refused row in a transaction of its own, because the refusal rolls the caller
 * back and the row must survive that.</li>
 * </ul>
 * A refusal looks exactly like a missing record: {@link NotFoundException}, a 404.
 */
@Service
public class AccessControl {

	private final CurrentUsers users;

	private final AccessRules rules;

	private final AccessLog log;

	private final CareRelations careRelations;

	private final CitizenAccess citizens;

	private final Clock clock;

	AccessControl(CurrentUsers users, AccessRules rules, AccessLog log, CareRelations careRelations,
			CitizenAccess citizens, Clock clock) {
		this.users = users;
		this.rules = rules;
		this.log = log;
		this.careRelations = careRelations;
		this.citizens = citizens;
		this.clock = clock;
	}

	/**
	 * Lets the read through and logs it, or logs the refusal and throws.
	 * @param record what is read: its type and id, never personal data
	 * @throws NotFoundException when the user may not read it
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public CurrentUser requireRead(PersonalDataSubject subject, AccessedRecord record, Purpose purpose) {
		return require(subject, record, AccessAction.READ, purpose);
	}

	/**
	 * As {@link #requireRead}, for a change; the row says what was done.
	 * @throws NotFoundException when the user may not change it
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public CurrentUser require(PersonalDataSubject subject, AccessedRecord record, AccessAction action,
			Purpose purpose) {
		CurrentUser user = users.current();
		Optional<String> refusal = rules.forPersonalData()
			.stream()
			.map(rule -> rule.refusal(user, subject, record))
			.flatMap(Optional::stream)
			.findFirst();
		if (refusal.isPresent()) {
			log.refused(user, subject, record, action, purpose, refusal.get());
			throw new NotFoundException("access refused to " + record.type() + " " + record.id());
		}
		log.granted(user, subject, record, action, purpose);
		return user;
	}

	/**
	 * Like {@link #require} but answers instead of throwing, for a search whose refusal
	 * must look like "no hit". Logs either way.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean check(PersonalDataSubject subject, AccessedRecord record, AccessAction action, Purpose purpose) {
		try {
			require(subject, record, action, purpose);
			return true;
		}
		catch (NotFoundException refused) {
			return false;
		}
	}

	/**
	 * Whether the user may read, without logging: only for deciding which links to show.
	 */
	public boolean mayRead(PersonalDataSubject subject, AccessedRecord record) {
		return users.find()
			.map(user -> rules.forPersonalData()
				.stream()
				.allMatch(rule -> rule.refusal(user, subject, record).isEmpty()))
			.orElse(false);
	}

	/**
	 * Gives the user's unit a care relation to the individual (a new contact, stated by
	 * the user with a reason) and logs it. For a person with protected identity who was
	 * already registered, it is refused: such a relation is set up by the system
	 * administration.
	 * @param reason the user's own words, kept with the relation
	 * @param registeredNow the user has just registered the person, so there is nothing
	 * to find out
	 * @throws NotFoundException when refused
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public CurrentUser establishRelation(PersonalDataSubject subject, String reason, boolean registeredNow) {
		CurrentUser user = users.current();
		Optional<String> refusal = subject.protectedIdentity() && !registeredNow
				? Optional.of("access.denied.protected") : rules.caseRole().refusal(user, subject, relation(subject));
		if (refusal.isPresent()) {
			log.refused(user, subject, relation(subject), AccessAction.ESTABLISH_RELATION, Purpose.CARE, refusal.get());
			throw new NotFoundException("relation refused for " + subject.individualId());
		}
		careRelations.establish(user, subject.individualId(), reason);
		log.granted(user, subject, relation(subject), AccessAction.ESTABLISH_RELATION, Purpose.CARE);
		return user;
	}

	private static AccessedRecord relation(PersonalDataSubject subject) {
		return AccessedRecord.of("care_relation", subject.individualId());
	}

	// --- citizens: the individual, a guardian or a representative on their own pages
	// -------

	/**
	 * The individuals the signed-in citizen may see SIPs of, with what they may do. Names
	 * only; each SIP shown is read (and logged) through {@link #requireCitizen}.
	 */
	public List<CitizenStanding> citizenStandings() {
		return citizens.standings(users.citizen());
	}

	/**
	 * Lets a citizen's read or change through and logs it like a staff read, or logs the
	 * refusal and throws.
	 * @param right what the citizen must be allowed for this
	 * @throws NotFoundException when they may not: the same 404 as a missing record
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public CitizenStanding requireCitizen(PersonalDataSubject subject, AccessedRecord record, CitizenRight right,
			AccessAction action, Purpose purpose) {
		Citizen citizen = users.citizen();
		Optional<CitizenStanding> standing = standingFor(citizen, subject, right);
		if (standing.isEmpty()) {
			log.citizenRefused(citizen, null, subject, record, action, purpose, "access.denied.citizen");
			throw new NotFoundException("citizen access refused to " + record.type() + " " + record.id());
		}
		log.citizenGranted(citizen, standing.get().standing(), subject, record, action, purpose);
		return standing.get();
	}

	/**
	 * One decision for several records of the same individual (the SIPs on a start page),
	 * with one access-log row per record.
	 * @throws NotFoundException when the citizen may not
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public CitizenStanding requireCitizenReads(PersonalDataSubject subject, List<AccessedRecord> records,
			CitizenRight right, Purpose purpose) {
		Citizen citizen = users.citizen();
		Optional<CitizenStanding> standing = standingFor(citizen, subject, right);
		if (standing.isEmpty()) {
			log.citizenRefused(citizen, null, subject, AccessedRecord.of("individual", subject.individualId()),
					AccessAction.READ, purpose, "access.denied.citizen");
			throw new NotFoundException("citizen access refused to individual " + subject.individualId());
		}
		records.forEach(record -> log.citizenGranted(citizen, standing.get().standing(), subject, record,
				AccessAction.READ, purpose));
		return standing.get();
	}

	private Optional<CitizenStanding> standingFor(Citizen citizen, PersonalDataSubject subject, CitizenRight right) {
		return citizens.standings(citizen)
			.stream()
			.filter(s -> s.individualId().equals(subject.individualId()) && s.may(right))
			.findFirst();
	}

	/**
	 * A young person of 15–17 lets their guardians read their own preparation notes, or
	 * stops it.
	 * @throws NotFoundException for anyone else
	 */
	@Transactional
	public void shareOwnNotesWithGuardians(PersonalDataSubject subject, boolean share) {
		requireCitizen(subject, AccessedRecord.of("citizen_sharing", subject.individualId()),
				CitizenRight.SHARE_WITH_GUARDIANS, AccessAction.UPDATE, Purpose.SIP);
		citizens.share(subject.individualId(), share, Instant.now(clock));
	}

	/**
	 * Whether a young person lets their guardians read their own notes; for their own
	 * settings page.
	 */
	public boolean ownNotesSharedWithGuardians(CitizenStanding standing) {
		return citizens.sharedWithGuardians(standing.individualId());
	}

}
