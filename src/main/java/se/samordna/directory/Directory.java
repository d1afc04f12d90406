package se.samordna.directory;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.directory.internal.DirectoryLookups;
import se.samordna.directory.internal.OrganisationRepository;
import se.samordna.directory.internal.StaffAccountRepository;
import se.samordna.directory.internal.UnitRepository;
import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.FieldRefusal;
import se.samordna.platform.NotFoundException;

/**
 * The directory's public API: organisations, units and staff accounts. Changes are for
 * admins only; reads are open to the other modules.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	private final OrganisationRepository organisations;

	private final UnitRepository units;

	private final StaffAccountRepository staff;

	private final DirectoryLookups lookups;

	Directory(OrganisationRepository organisations, UnitRepository units, StaffAccountRepository staff,
			DirectoryLookups lookups) {
		this.organisations = organisations;
		this.units = units;
		this.staff = staff;
		this.lookups = lookups;
	}

	public List<Organisation> organisations() {
		return sorted(organisations.findAll(), Organisation::name);
	}

	public Map<UUID, Organisation> organisationsById() {
		return organisations.findAll().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
	}

	public Optional<Organisation> organisation(UUID id) {
		return organisations.findById(id);
	}

	/**
	 * @throws FieldRefusal when the organisationsnummer is already registered
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Organisation createOrganisation(String name, OrganisationKind kind, @Nullable Organisationsnummer number) {
		requireFreeOrganisationsnummer(number, null);
		return saveOrganisation(Organisation.create(name, kind, number));
	}

	/**
	 * @throws ConcurrentEditException when someone else saved it since
	 * {@code seenVersion}
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Organisation changeOrganisation(UUID id, long seenVersion, String name, OrganisationKind kind,
			@Nullable Organisationsnummer number) {
		Organisation organisation = organisations.findById(id)
			.orElseThrow(() -> new NotFoundException("organisation " + id));
		requireFreeOrganisationsnummer(number, id);
		organisation.change(name, kind, number, seenVersion);
		return saveOrganisation(organisation);
	}

	public List<Unit> units() {
		return sorted(units.findAll(), Unit::name);
	}

	/** The units of one organisation, for a list of choices grouped by principal. */
	public record UnitGroup(Organisation organisation, List<Unit> units) {

		public UnitGroup {
			units = List.copyOf(units);
		}

	}

	/**
	 * The units that may take part in a SIP (those that work with individuals), grouped
	 * by organisation: kommuner and regions first, then other actors, each in Swedish
	 * order.
	 */
	public List<UnitGroup> unitsTakingPartInSips() {
		Map<UUID, List<Unit>> byOrganisation = units().stream()
			.filter(unit -> unit.kind().worksWithIndividuals())
			.collect(Collectors.groupingBy(Unit::organisationId));
		return organisations().stream()
			.filter(organisation -> byOrganisation.containsKey(organisation.id()))
			.sorted(Comparator.comparing((Organisation organisation) -> !organisation.isPrincipal()))
			.map(organisation -> new UnitGroup(organisation, byOrganisation.get(organisation.id())))
			.toList();
	}

	public Map<UUID, Unit> unitsById() {
		return units.findAll().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
	}

	/**
	 * These units, for a page that offers a choice among them: one query for just these
	 * ids. An unknown id has no entry.
	 */
	public Map<UUID, Unit> unitsById(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return units.findAllById(Set.copyOf(ids)).stream().collect(Collectors.toMap(Unit::id, Function.identity()));
	}

	/** As {@link #unitsById(Collection)}, for organisations. */
	public Map<UUID, Organisation> organisationsById(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return organisations.findAllById(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(Organisation::id, Function.identity()));
	}

	public Optional<Unit> unit(UUID id) {
		return units.findById(id);
	}

	public Optional<Unit> unitByHsaId(String hsaId) {
		return units.findByHsaId(hsaId.strip());
	}

	public List<StaffAccount> staff() {
		return sorted(staff.findAll(), StaffAccount::displayName);
	}

	/** Swedish alphabetical order (å, ä, ö last), whatever the database's collation. */
	private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
		Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
		return items.stream().sorted(Comparator.comparing(name, swedish)).toList();
	}

	/**
	 * The staff accounts of these units, active or not, in Swedish order of their names:
	 * for a page that offers a choice among them (a role at a meeting, the coordinator),
	 * read for just these units, with their roles, in one query.
	 */
	public List<StaffAccount> staffOf(Collection<UUID> unitIds) {
		return sorted(lookups.staffOf(unitIds)
			.stream()
			.map(row -> new StaffAccount(row.id(), row.username(), row.displayName(), row.title(), row.unitId(),
					row.email(), row.active(),
					row.roles().stream().map(StaffAccount.RoleGrant::new).collect(Collectors.toSet()), row.version()))
			.toList(), StaffAccount::displayName);
	}

	public Optional<StaffAccount> staff(UUID id) {
		return staff.findById(id);
	}

	/**
	 * The names of these units, for a page that shows them: one query for just these ids.
	 * An unknown id has no entry.
	 */
	public Map<UUID, String> unitNames(Collection<UUID> ids) {
		return lookups.unitNames(ids);
	}

	/** As {@link #unitNames}, for organisations. */
	public Map<UUID, String> organisationNames(Collection<UUID> ids) {
		return lookups.organisationNames(ids);
	}

	/** As {@link #unitNames}, for staff accounts: their display names. */
	public Map<UUID, String> staffNames(Collection<UUID> ids) {
		return lookups.staffNames(ids);
	}

	public Optional<StaffAccount> staffByUsername(String username) {
		return staff.findByUsername(username);
	}

	/**
	 * @throws FieldRefusal when the HSA-id is taken or the organisation unknown
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Unit createUnit(UnitDetails details) {
		requireOrganisation(details.organisationId());
		requireFreeHsaId(details.hsaId(), null);
		return saveUnit(Unit.create(details));
	}

	/**
	 * @throws ConcurrentEditException when someone else saved the unit since
	 * {@code seenVersion}
	 * @throws NotFoundException when there is no such unit
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Unit changeUnit(UUID id, long seenVersion, UnitDetails details) {
		Unit unit = units.findById(id).orElseThrow(() -> new NotFoundException("unit " + id));
		requireOrganisation(details.organisationId());
		requireFreeHsaId(details.hsaId(), id);
		unit.change(details, seenVersion);
		return saveUnit(unit);
	}

	/**
	 * @throws FieldRefusal when the user name is taken or the unit unknown
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public StaffAccount createStaff(StaffDetails details) {
		requireUnit(details.unitId());
		requireFreeUsername(details.username(), null);
		return saveStaff(StaffAccount.create(details));
	}

	/**
	 * @throws ConcurrentEditException when someone else saved the account since
	 * {@code seenVersion}
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public StaffAccount changeStaff(UUID id, long seenVersion, StaffDetails details) {
		StaffAccount account = staff.findById(id).orElseThrow(() -> new NotFoundException("staff " + id));
		requireUnit(details.unitId());
		requireFreeUsername(details.username(), id);
		account.change(details, seenVersion);
		return saveStaff(account);
	}

	/** Used by the CSV import, inside its all-or-nothing transaction. */
	Unit saveUnit(Unit unit) {
		try {
			return units.save(unit);
		}
		catch (OptimisticLockingFailureException e) {
			throw new ConcurrentEditException("unit " + unit.id() + " was saved by someone else");
		}
		catch (DuplicateKeyException e) {
			throw new FieldRefusal("hsaId", "directory.unit.hsaId.taken", "HSA-id taken for unit " + unit.id());
		}
	}

	private Organisation saveOrganisation(Organisation organisation) {
		try {
			return organisations.save(organisation);
		}
		catch (OptimisticLockingFailureException e) {
			throw new ConcurrentEditException("organisation " + organisation.id() + " was saved by someone else");
		}
		catch (DuplicateKeyException e) {
			throw new FieldRefusal("organisationsnummer", "directory.organisation.number.taken",
					"organisationsnummer taken: " + organisation.id());
		}
	}

	private void requireFreeOrganisationsnummer(@Nullable Organisationsnummer number, @Nullable UUID self) {
		if (number == null) {
			return;
		}
		organisations.findByOrganisationsnummer(number.digits())
			.filter(other -> !other.id().equals(self))
			.ifPresent(other -> {
				throw new FieldRefusal("organisationsnummer", "directory.organisation.number.taken",
						"organisationsnummer taken by " + other.id());
			});
	}

	private StaffAccount saveStaff(StaffAccount account) {
		try {
			return staff.save(account);
		}
		catch (OptimisticLockingFailureException e) {
			throw new ConcurrentEditException("staff " + account.id() + " was saved by someone else");
		}
		catch (DuplicateKeyException e) {
			throw new FieldRefusal("username", "directory.staff.username.taken", "username taken: " + account.id());
		}
	}

	private void requireOrganisation(UUID organisationId) {
		if (!organisations.existsById(organisationId)) {
			throw new FieldRefusal("organisationId", "directory.unit.organisation.unknown",
					"unknown organisation " + organisationId);
		}
	}

	private void requireUnit(UUID unitId) {
		if (!units.existsById(unitId)) {
			throw new FieldRefusal("unitId", "directory.staff.unit.unknown", "unknown unit " + unitId);
		}
	}

	private void requireFreeHsaId(@Nullable String hsaId, @Nullable UUID self) {
		if (hsaId == null || hsaId.isBlank()) {
			return;
		}
		units.findByHsaId(hsaId.strip()).filter(other -> !other.id().equals(self)).ifPresent(other -> {
			throw new FieldRefusal("hsaId", "directory.unit.hsaId.taken", "HSA-id taken by unit " + other.id());
		});
	}

	private void requireFreeUsername(String username, @Nullable UUID self) {
		staff.findByUsername(username).filter(other -> !other.id().equals(self)).ifPresent(other -> {
			throw new FieldRefusal("username", "directory.staff.username.taken", "username taken by " + other.id());
		});
	}

}
