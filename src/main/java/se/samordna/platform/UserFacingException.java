package se.samordna.platform;

/**
 * A refusal the user can act on: a message key for the page (Swedish or English from the
 * bundles) and a technical message for the operational log, which carries ids only.
 */
public class UserFacingException extends RuntimeException {

	private final String messageKey;

	public UserFacingException(String messageKey, String technicalMessage) {
		super(technicalMessage);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
