package se.samordna.access;

import java.util.UUID;

/**
 * For a record type shared with a narrower circle than the person's whole file (a SIP,
 * say): which units take part in one record. The module owning the type implements this.
 */
public interface RecordAccessSource {

	/** The {@link AccessedRecord#type()} this source answers for. */
	String recordType();

	boolean unitTakesPart(UUID unitId, String recordId);

}
