package se.samordna.directory.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

import se.samordna.directory.Organisation;

public interface OrganisationRepository extends ListCrudRepository<Organisation, UUID> {

	Optional<Organisation> findByOrganisationsnummer(String digits);

}
