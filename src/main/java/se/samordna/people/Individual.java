package se.samordna.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import se.samordna.platform.ConcurrentEditException;
import se.samordna.platform.FieldRefusal;
import se.samordna.platform.PhoneNumber;

/**
 * A person a SIP may be made for, with their guardians, representatives and relatives.
 *
 * <p>
 * Protected identity (skyddade personuppgifter) is enforced here: {@link #address()} is
 * empty for a protected person whatever is stored, so no page, print or export can show
 * it.
 */
public class Individual {

	/** A child: guardians may be recorded until the 18th birthday. */
	static final int AGE_OF_MAJORITY = 18;

	static final int MAX_GUARDIANS = 2;

	@Id
	private UUID id;

	private String personalIdentity;

	private String givenName;

	private String familyName;

	private @Nullable String phone;

	private @Nullable String email;

	private @Nullable String streetAddress;

	private @Nullable String postalCode;

	private @Nullable String city;

	private @Nullable UUID listedCareUnitId;

	private boolean protectedIdentity;

	@MappedCollection(idColumn = "individual_id")
	private Set<Relation> relations;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Individual(UUID id, String personalIdentity, String givenName, String familyName, @Nullable String phone,
			@Nullable String email, @Nullable String streetAddress, @Nullable String postalCode, @Nullable String city,
			@Nullable UUID listedCareUnitId, boolean protectedIdentity, Set<Relation> relations,
			@Nullable Long version) {
		this.id = id;
		this.personalIdentity = personalIdentity;
		this.givenName = givenName;
		this.familyName = familyName;
		this.phone = phone;
		this.email = email;
		this.streetAddress = streetAddress;
		this.postalCode = postalCode;
		this.city = city;
		this.listedCareUnitId = listedCareUnitId;
		this.protectedIdentity = protectedIdentity;
		this.relations = new HashSet<>(relations);
		this.version = version;
	}

	public static Individual register(Personnummer personnummer, IndividualDetails details) {
		var individual = new Individual(UUID.randomUUID(), personnummer.digits(), details.givenName(),
				details.familyName(), null, null, null, null, null, null, false, Set.of(), null);
		individual.apply(details);
		return individual;
	}

	/**
	 * Changes names and contact details as the user saw them.
	 * @throws ConcurrentEditException when someone else saved the person since
	 * {@code seenVersion}
	 */
	public void change(IndividualDetails details, long seenVersion) {
		requireVersion(seenVersion);
		apply(details);
	}

	/**
	 * @throws FieldRefusal on {@code phone} when it is not a phone number; nothing is
	 * changed then
	 */
	private void apply(IndividualDetails details) {
		PhoneNumber number = PhoneNumber.ofOptional(details.phone());
		this.givenName = details.givenName().strip();
		this.familyName = details.familyName().strip();
		this.phone = number == null ? null : number.text();
		this.email = blankToNull(details.email());
		this.listedCareUnitId = details.listedCareUnitId();
		// a protected person's address is never shown in a form, so an absent one must
		// not erase it
		if (details.address() != null || !protectedIdentity) {
			Address address = details.address();
			this.streetAddress = address == null ? null : blankToNull(address.street());
			this.postalCode = address == null ? null : blankToNull(address.postalCode());
			this.city = address == null ? null : blankToNull(address.city());
		}
		this.protectedIdentity = details.protectedIdentity();
	}

	/**
	 * Records a guardian, representative or relative.
	 * @param today the date the rule about children is judged on
	 * @throws FieldRefusal when a guardian is added for an adult or a third guardian, or
	 * a representative comes without a mandate
	 */
	public Relation addRelation(RelationDetails details, LocalDate today, long seenVersion) {
		requireVersion(seenVersion);
		switch (details.kind()) {
			case GUARDIAN -> {
				if (personnummer().ageOn(today) >= AGE_OF_MAJORITY) {
					throw new FieldRefusal("kind", "people.relation.guardian.adult", "guardian for adult " + id);
				}
				if (relations(RelationKind.GUARDIAN).size() >= MAX_GUARDIANS) {
					throw new FieldRefusal("kind", "people.relation.guardian.tooMany", "third guardian for " + id);
				}
			}
			case GOD_MAN, FORVALTARE -> {
				if (details.mandate().isEmpty()) {
					throw new FieldRefusal("mandate", "people.relation.mandate.required", "no mandate for " + id);
				}
			}
			case OMBUD -> {
				if (details.note() == null || details.note().isBlank()) {
					throw new FieldRefusal("note", "people.relation.ombud.noteRequired", "no fullmakt scope for " + id);
				}
			}
			case RELATIVE -> {
			}
		}
		if (details.personnummer() != null && details.personnummer().digits().equals(personalIdentity)) {
			throw new FieldRefusal("personnummer", "people.relation.self", "relation to self for " + id);
		}
		Relation relation = Relation.of(details);
		relations.add(relation);
		return relation;
	}

	/**
	 * @throws ConcurrentEditException when someone else saved the person since
	 * {@code seenVersion}
	 */
	public void removeRelation(UUID relationId, long seenVersion) {
		requireVersion(seenVersion);
		relations.removeIf(relation -> relation.id().equals(relationId));
	}

	private void requireVersion(long seenVersion) {
		if (version == null || version != seenVersion) {
			throw new ConcurrentEditException("individual " + id + " changed since version " + seenVersion);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public UUID id() {
		return id;
	}

	public Personnummer personnummer() {
		return new Personnummer(personalIdentity);
	}

	public String givenName() {
		return givenName;
	}

	public String familyName() {
		return familyName;
	}

	public String fullName() {
		return givenName + " " + familyName;
	}

	public @Nullable String phone() {
		return phone;
	}

	public @Nullable String email() {
		return email;
	}

	/** Empty when unknown, and always empty for a person with protected identity. */
	public Optional<Address> address() {
		if (protectedIdentity || streetAddress == null) {
			return Optional.empty();
		}
		return Optional.of(new Address(streetAddress, postalCode == null ? "" : postalCode, city == null ? "" : city));
	}

	public @Nullable UUID listedCareUnitId() {
		return listedCareUnitId;
	}

	public boolean protectedIdentity() {
		return protectedIdentity;
	}

	public boolean isChildOn(LocalDate date) {
		return personnummer().ageOn(date) < AGE_OF_MAJORITY;
	}

	public List<Relation> relations() {
		List<Relation> sorted = new ArrayList<>(relations);
		sorted.sort(Comparator.comparing(Relation::kind).thenComparing(Relation::name));
		return sorted;
	}

	public List<Relation> relations(RelationKind kind) {
		return relations().stream().filter(relation -> relation.kind() == kind).toList();
	}

	public long version() {
		return version == null ? 0 : version;
	}

	/** The form's starting values; a protected person's address stays out of it. */
	public IndividualDetails details() {
		return new IndividualDetails(givenName, familyName, phone, email, address().orElse(null), listedCareUnitId,
				protectedIdentity);
	}

}
