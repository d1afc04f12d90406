package se.samordna.platform;

/**
 * Something the user asked for is not there, or the user may not know that it is. Both
 * become the same 404 page, so an outsider never learns that a record exists.
 */
public class NotFoundException extends RuntimeException {

	/**
	 * @param technicalMessage ids only, never a name or a personnummer
	 */
	public NotFoundException(String technicalMessage) {
		super(technicalMessage);
	}

}
