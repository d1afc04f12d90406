package se.samordna.meetings.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

import se.samordna.meetings.Meeting;

public interface MeetingRepository extends ListCrudRepository<Meeting, UUID> {

	List<Meeting> findBySipId(UUID sipId);

}
