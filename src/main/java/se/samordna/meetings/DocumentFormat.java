package se.samordna.meetings;

/**
 * The format versions of the documents a meeting stores as jsonb. Each document writes
 * its version; reading refuses any other version loudly, so that a document written by a
 * newer release (or a rename nobody migrated) is never half-read into nulls.
 */
final class DocumentFormat {

	private DocumentFormat() {
	}

	static int require(String document, int found, int expected) {
		if (found != expected) {
			throw new IllegalStateException(
					"stored " + document + " has format " + found + ", this release reads format " + expected);
		}
		return found;
	}

}
