package se.samordna.access;

import java.util.List;
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

	/**
	 * The rule for many reads at once (the rows of a list): one evaluation, so a rule
	 * that asks the database asks once for all of them, not once per row.
	 * @return a refusal or empty for each read, in the order of {@code reads}
	 */
	default List<Optional<String>> refusals(CurrentUser user, List<RecordRead> reads) {
		return reads.stream().map(read -> refusal(user, read.subject(), read.record())).toList();
	}

}
