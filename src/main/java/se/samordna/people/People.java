package se.samordna.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.access.AccessAction;
import se.samordna.access.AccessControl;
import se.samordna.access.AccessGrant;
import se.samordna.access.AccessedRecord;
import se.samordna.access.CurrentUsers;
import se.samordna.access.PersonalDataSubject;
import se.samordna.access.Purpose;
import se.samordna.directory.Feature;
import se.samordna.people.internal.IndividualRepository;
import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.NotFoundException;

/**
 * Staff use cases on individuals. Each one checks access first (which writes the access
 * log), then loads, changes and saves, in one transaction.
 */
@Service
public class People {

	private final IndividualRepository individuals;

	private final AccessControl access;

	private final CurrentUsers users;

	private final Clock clock;

	People(IndividualRepository individuals, AccessControl access, CurrentUsers users, Clock clock) {
		this.individuals = individuals;
		this.access = access;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * Whether the signed-in staff member works with individuals at all (searches,
	 * registers, changes them): the person pages are offered only then.
	 */
	public boolean mayWorkWithIndividuals() {
		return users.find().map(user -> Feature.of(user.roles()).contains(Feature.PEOPLE)).orElse(false);
	}

	/** The subject of access checks and access-log rows for this individual. */
	public static PersonalDataSubject subject(Individual individual) {
		return new PersonalDataSubject(individual.id(), individual.personnummer().digits(),
				individual.protectedIdentity());
	}

	static AccessedRecord record(Individual individual) {
		return AccessedRecord.of("individual", individual.id());
	}

	/**
	 * Who an individual is for an access check and its log row, without reading their
	 * file. Other modules build the subject of their own records (a SIP) from this.
	 */
	@Transactional(readOnly = true)
	public Optional<PersonalDataSubject> accessSubject(UUID individualId) {
		return individuals.findById(individualId).map(People::subject);
	}

	/**
	 * Finds an individual by personnummer. A person the user may not read is not found,
	 * exactly as a person who is not registered; the refusal is in the access log.
	 */
	@Transactional
	public Optional<Individual> search(Personnummer personnummer) {
		return individuals.findByPersonalIdentity(personnummer.digits())
			.filter(individual -> access.check(subject(individual), record(individual), AccessAction.SEARCH,
					Purpose.CARE));
	}

	/**
	 * @throws NotFoundException when there is no such individual or the user may not read
	 * them
	 */
	@Transactional
	public Individual view(UUID id) {
		Individual individual = load(id);
		access.requireRead(subject(individual), record(individual), Purpose.CARE);
		return individual;
	}

	/**
	 * An individual read under a decision on one of their records, with that decision.
	 */
	public record GrantedRead(Individual individual, AccessGrant grant) {
	}

	/**
	 * Reads an individual for a page that reads one of their records (a SIP): the
	 * individual is loaded once, {@code decision} decides on the record for the
	 * individual's subject, and the individual is handed out only against the grant it
	 * returns. The grant's access-log row is this read's row, so none is written here.
	 * @param decision asks {@code access} for the record read, e.g.
	 * {@code subject -> access.grantRead(subject, sipRecord, Purpose.SIP)}
	 * @throws NotFoundException when there is no such individual, or the decision refuses
	 * @throws IllegalStateException when the grant is for someone else, or from a
	 * transaction that has ended
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public GrantedRead readUnder(UUID individualId, Function<PersonalDataSubject, AccessGrant> decision) {
		Individual individual = load(individualId);
		PersonalDataSubject subject = subject(individual);
		AccessGrant grant = decision.apply(subject);
		if (!grant.currentSubject().equals(subject)) {
			throw new IllegalStateException("grant for another individual than " + individualId);
		}
		return new GrantedRead(individual, grant);
	}

	/**
	 * @param alreadyRegistered the person was in Samordna before; nothing of the form was
	 * saved
	 */
	public record Registration(Individual individual, boolean alreadyRegistered) {
	}

	/**
	 * Registers a person the user's unit has contact with, or, when the person is already
	 * in Samordna, gives the user's unit a care relation to them. The reason goes to the
	 * access log.
	 * @throws NotFoundException when the user does not work with individuals (see
	 * {@link #mayWorkWithIndividuals}), or the person has protected identity and the unit
	 * no relation; nothing is saved then
	 * @throws se.samordna.platform.FieldRefusal when a detail is refused (a phone that is
	 * not a number)
	 */
	@Transactional
	public Registration register(Personnummer personnummer, IndividualDetails details, String reason) {
		if (!mayWorkWithIndividuals()) {
			throw new NotFoundException("registration by a user who does not work with individuals");
		}
		Optional<Individual> existing = individuals.findByPersonalIdentity(personnummer.digits());
		if (existing.isPresent()) {
			Individual individual = existing.get();
			if (!access.mayRead(subject(individual), record(individual))) {
				access.establishRelation(subject(individual), reason, false);
			}
			return new Registration(individual, true);
		}
		Individual created = individuals.save(Individual.register(personnummer, details));
		access.establishRelation(subject(created), reason, true);
		access.require(subject(created), record(created), AccessAction.CREATE, Purpose.CARE);
		return new Registration(created, false);
	}

	/**
	 * @throws ConcurrentEditException when someone else saved the person since
	 * {@code seenVersion}
	 * @throws NotFoundException when the user may not change the person
	 */
	@Transactional
	public Individual change(UUID id, long seenVersion, IndividualDetails details) {
		Individual individual = load(id);
		access.require(subject(individual), record(individual), AccessAction.UPDATE, Purpose.CARE);
		individual.change(details, seenVersion);
		return save(individual);
	}

	/**
	 * @throws se.samordna.platform.FieldRefusal when the relation breaks a rule (see
	 * {@link Individual#addRelation})
	 */
	@Transactional
	public Individual addRelation(UUID id, long seenVersion, RelationDetails details) {
		Individual individual = load(id);
		access.require(subject(individual), record(individual), AccessAction.UPDATE, Purpose.CARE);
		individual.addRelation(details, LocalDate.now(clock), seenVersion);
		return save(individual);
	}

	@Transactional
	public Individual removeRelation(UUID id, long seenVersion, UUID relationId) {
		Individual individual = load(id);
		access.require(subject(individual), record(individual), AccessAction.UPDATE, Purpose.CARE);
		individual.removeRelation(relationId, seenVersion);
		return save(individual);
	}

	/** Today's date in Stockholm, for ages. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	private Individual load(UUID id) {
		return individuals.findById(id).orElseThrow(() -> new NotFoundException("individual " + id));
	}

	private Individual save(Individual individual) {
		try {
			return individuals.save(individual);
		}
		catch (OptimisticLockingFailureException e) {
			throw new ConcurrentEditException("individual " + individual.id() + " was saved by someone else");
		}
	}

}
