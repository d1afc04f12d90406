package se.samordna.platform;

/** A refusal that belongs next to one form field, such as a taken HSA-id or user name. */
public class FieldRefusal extends UserFacingException {

	private final String field;

	public FieldRefusal(String field, String messageKey, String technicalMessage) {
		super(messageKey, technicalMessage);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
