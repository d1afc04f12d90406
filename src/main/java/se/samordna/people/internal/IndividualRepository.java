package se.samordna.people.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

import se.samordna.people.Individual;

public interface IndividualRepository extends ListCrudRepository<Individual, UUID> {

	Optional<Individual> findByPersonalIdentity(String digits);

}
