package se.samordna.access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

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
	 * As {@link #requireRead}, for a page that also shows the person the record is about:
	 * the grant lets {@code people} hand out the individual in this transaction without a
	 * second decision or row.
	 * @throws NotFoundException when the user may not read it
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AccessGrant grantRead(PersonalDataSubject subject, AccessedRecord record, Purpose purpose) {
		return grant(subject, record, AccessAction.READ, purpose);
	}

	/**
	 * As {@link #grantRead}, for a print, an export or a change that also needs the
	 * person's details: the one row says what was done.
	 * @throws NotFoundException when the user may not
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AccessGrant grant(PersonalDataSubject subject, AccessedRecord record, AccessAction action, Purpose purpose) {
		return new AccessGrant(require(subject, record, action, purpose), subject, record);
	}

	/**
	 * As {@link #requireRead}, for a change; the row says what was done.
	 * @throws NotFoundException when the user may not change it
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public CurrentUser require(PersonalDataSubject subject, AccessedRecord record, AccessAction action,
			Purpose purpose) {
		CurrentUser user = users.current();
		RecordRead read = new RecordRead(subject, record);
		Optional<String> refusal = decide(user, List.of(read)).get(0);
		if (refusal.isPresent()) {
			log.refused(user, subject, record, action, purpose, refusal.get());
			throw new NotFoundException("access refused to " + record.type() + " " + record.id());
		}
		log.granted(user, subject, record, action, purpose);
		return user;
	}

	/**
	 * One decision for the rows of a list (a worklist): each rule is evaluated once for
	 * all of them, and one access-log row per read is written in one statement. Like a
	 * search, a row the user may not read is left out rather than refusing the list; its
	 * refusal is logged too.
	 * @return a grant for each read let through, in the order of {@code reads}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<AccessGrant> grantReads(List<RecordRead> reads, Purpose purpose) {
		CurrentUser user = users.current();
		List<Optional<String>> refusals = decide(user, reads);
		List<RecordRead> granted = new ArrayList<>();
		Map<RecordRead, String> refused = new LinkedHashMap<>();
		for (int i = 0; i < reads.size(); i++) {
			RecordRead read = reads.get(i);
			refusals.get(i).ifPresentOrElse(reason -> refused.put(read, reason), () -> granted.add(read));
		}
		if (!refused.isEmpty()) {
			log.refusedAll(user, refused, AccessAction.READ, purpose);
		}
		log.grantedAll(user, granted, AccessAction.READ, purpose);
		return granted.stream().map(read -> new AccessGrant(user, read.subject(), read.record())).toList();
	}

	/**
	 * The first refusal of each read, the rules taken in order: a rule is asked only
	 * about the reads no earlier rule refused, and about all of those at once.
	 */
	private List<Optional<String>> decide(CurrentUser user, List<RecordRead> reads) {
		List<Optional<String>> refusals = new ArrayList<>(Collections.nCopies(reads.size(), Optional.empty()));
		for (AccessRule rule : rules.forPersonalData()) {
			List<Integer> open = IntStream.range(0, reads.size())
				.filter(i -> refusals.get(i).isEmpty())
				.boxed()
				.toList();
			if (open.isEmpty()) {
				break;
			}
			List<Optional<String>> answers = rule.refusals(user, open.stream().map(reads::get).toList());
			for (int i = 0; i < open.size(); i++) {
				refusals.set(open.get(i), answers.get(i));
			}
		}
		return refusals;
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
