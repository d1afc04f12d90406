package se.samordna.access;

import java.util.Optional;

/**
 * One reason a user may be refused personal data. Each rule names its refusal with a
 * message key, which also goes to the access log.
 */
public interface AccessRule {

	/**
	 * @return the refusal's message key, or empty when this rule lets the user through
	 */
	Optional<String> refusal(CurrentUser user, PersonalDataSubject subject, AccessedRecord record);

}
