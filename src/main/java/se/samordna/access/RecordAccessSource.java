package se.samordna.access;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * For a record type shared with a narrower circle than the person's whole file (a SIP,
 * say): which units take part in one record. The module owning the type implements this.
 */
public interface RecordAccessSource {

	/** The {@link AccessedRecord#type()} this source answers for. */
	String recordType();

	boolean unitTakesPart(UUID unitId, String recordId);

	/**
	 * Of these records, those the unit takes part in: the decision for a list of records
	 * at once. A source that asks the database overrides this with one query.
	 */
	default Set<String> takingPartAmong(UUID unitId, Collection<String> recordIds) {
		return recordIds.stream().filter(id -> unitTakesPart(unitId, id)).collect(Collectors.toSet());
	}

}
