package se.samordna.access;

import java.util.List;
import java.util.Optional;

/**
 * Who a citizen is to whom: the person register implements this, so that
 * {@link AccessControl} can decide a citizen's rights without depending on it.
 */
public interface CitizenRelationSource {

	/**
	 * The citizen themself (when registered), the children they are guardian of, the
	 * adults they represent.
	 */
	List<CitizenRelation> relationsOf(String personalIdentity);

	/** The registered name of a citizen, for the page header. */
	Optional<String> nameOf(String personalIdentity);

}
