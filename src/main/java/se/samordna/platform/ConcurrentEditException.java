package se.samordna.platform;

/**
 * Someone else saved the same record after this user loaded it; nothing was overwritten.
 */
public class ConcurrentEditException extends UserFacingException {

	public ConcurrentEditException(String technicalMessage) {
		super("error.concurrentEdit", technicalMessage);
	}

}
