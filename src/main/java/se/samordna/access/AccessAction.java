package se.samordna.access;

/** What was done with personal data; written to the access log. */
public enum AccessAction {

	SEARCH, READ, CREATE, UPDATE, ESTABLISH_RELATION, PRINT, EXPORT, REVIEW_LOG

}
