package se.samordna.access;

/**
 * One record of one individual's that a page reads: what {@link AccessControl} decides
 * on, alone or together with others (the rows of a list).
 */
public record RecordRead(PersonalDataSubject subject, AccessedRecord record) {

}
