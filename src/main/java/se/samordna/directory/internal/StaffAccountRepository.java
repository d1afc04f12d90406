package se.samordna.directory.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

import se.samordna.directory.StaffAccount;

public interface StaffAccountRepository extends ListCrudRepository<StaffAccount, UUID> {

	Optional<StaffAccount> findByUsername(String username);

}
