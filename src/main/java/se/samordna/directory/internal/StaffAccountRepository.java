package se.samordna.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

import se.samordna.directory.StaffAccount;

public interface StaffAccountRepository extends ListCrudRepository<StaffAccount, UUID> {

	Optional<StaffAccount> findByUsername(String username);

	List<StaffAccount> findByUnitIdIn(Collection<UUID> unitIds);

}
