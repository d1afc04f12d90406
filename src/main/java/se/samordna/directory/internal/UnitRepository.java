package se.samordna.directory.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

import se.samordna.directory.Unit;

public interface UnitRepository extends ListCrudRepository<Unit, UUID> {

	Optional<Unit> findByHsaId(String hsaId);

}
