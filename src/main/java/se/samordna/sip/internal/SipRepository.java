package se.samordna.sip.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

import se.samordna.sip.Sip;

public interface SipRepository extends ListCrudRepository<Sip, UUID> {

	List<Sip> findByIndividualIdOrderByStartedAtDesc(UUID individualId);

}
