package se.samordna.directory;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of Samordna a staff member's roles open. The menu and the start page offer
 * exactly these, and the use cases behind them check the same set, so that a link that is
 * not offered is also refused when the request is crafted.
 */
public enum Feature {

	/** SIPs, meetings and the worklist. */
	SIPS,
	/** The unit's inbox. */
	INBOX,
	/** Searching for, registering and changing individuals. */
	PEOPLE,
	/** The survey after meetings, paper answers. */
	SURVEYS,
	/** The measures: the own unit's, or the county's for statistics users. */
	STATISTICS,
	/** The blank forms for manual handling. */
	FORMS,
	/** Principals and actors, units, staff, captured mail, log review. */
	ADMINISTRATION;

	/**
	 * What these roles open together. Only the roles that work with individuals (staff,
	 * SIP facilitators) reach individuals and SIPs; an analyst gets the statistics and an
	 * administrator the administration.
	 */
	public static Set<Feature> of(Collection<Role> roles) {
		Set<Feature> features = EnumSet.of(FORMS);
		for (Role role : roles) {
			features.addAll(switch (role) {
				case STAFF, SIP_FACILITATOR -> EnumSet.of(SIPS, INBOX, PEOPLE, SURVEYS, STATISTICS);
				case STATISTICS -> EnumSet.of(STATISTICS);
				case ADMIN -> EnumSet.of(ADMINISTRATION);
			});
		}
		return features;
	}

}
