package se.samordna.sip.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

import se.samordna.sip.Sip;

public interface SipRepository extends ListCrudRepository<Sip, UUID> {
}
