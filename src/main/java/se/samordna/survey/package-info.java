/**
 * The participant survey after each SIP meeting (the county instrument, seed 001 bilaga
 * 2): questionnaires as a versioned data file, offers to everyone who took part (staff in
 * their inbox, the individual and their representative on their own pages, anyone else
 * with a one-time code), anonymous answers, import of paper answers, and the raw counts
 * statistics shows.
 * <p>
 * Anonymous for real: an answer keeps the meeting type, the role, the background items,
 * the meeting's principal and unit and the month, and nothing else. Offers and codes say
 * who may answer; they are deleted when used, declined or expired, so no row ever joins
 * an answer to a person or a SIP.
 */
@ApplicationModule(displayName = "Survey",
		allowedDependencies = { "platform", "access", "directory", "meetings", "meetings :: *" })
@NullMarked
package se.samordna.survey;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
