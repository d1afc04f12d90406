package se.samordna.portal.web;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import se.samordna.sip.OwnPreparation;
import se.samordna.sip.Preparation;

/** The person's own preparation, as typed. */
class OwnPreparationForm {

	static final int LONG_TEXT = 4000;

	private long version;

	private String whatMatters = "";

	private @Nullable String questions;

	private @Nullable String wantedParticipants;

	private @Nullable String unwantedParticipants;

	private @Nullable String notToRaise;

	private Set<Preparation.TakingPart> takingPart = EnumSet.noneOf(Preparation.TakingPart.class);

	private @Nullable String interpreterLanguage;

	private @Nullable String otherSupport;

	static OwnPreparationForm of(long version, @Nullable OwnPreparation note) {
		var form = new OwnPreparationForm();
		form.version = version;
		if (note != null) {
			form.whatMatters = note.whatMatters();
			form.questions = note.questions();
			form.wantedParticipants = note.wantedParticipants();
			form.unwantedParticipants = note.unwantedParticipants();
			form.notToRaise = note.notToRaise();
			form.takingPart = note.takingPart().isEmpty() ? EnumSet.noneOf(Preparation.TakingPart.class)
					: EnumSet.copyOf(note.takingPart());
			form.interpreterLanguage = note.interpreterLanguage();
			form.otherSupport = note.otherSupport();
		}
		return form;
	}

	/**
	 * Only length here, with the portal's own message (in the reader's language); whether
	 * something is written about what matters is the SIP's rule.
	 */
	void checkLengths(Errors errors) {
		tooLong(errors, "whatMatters", whatMatters, LONG_TEXT);
		tooLong(errors, "questions", questions, LONG_TEXT);
		tooLong(errors, "wantedParticipants", wantedParticipants, LONG_TEXT);
		tooLong(errors, "unwantedParticipants", unwantedParticipants, LONG_TEXT);
		tooLong(errors, "notToRaise", notToRaise, LONG_TEXT);
		tooLong(errors, "interpreterLanguage", interpreterLanguage, 100);
		tooLong(errors, "otherSupport", otherSupport, LONG_TEXT);
	}

	private static void tooLong(Errors errors, String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			errors.rejectValue(field, "portal.error.tooLong");
		}
	}

	OwnPreparation.Draft draft() {
		return new OwnPreparation.Draft(whatMatters, questions, wantedParticipants, unwantedParticipants, notToRaise,
				takingPart, interpreterLanguage, otherSupport);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getWhatMatters() {
		return whatMatters;
	}

	public void setWhatMatters(String whatMatters) {
		this.whatMatters = whatMatters;
	}

	public @Nullable String getQuestions() {
		return questions;
	}

	public void setQuestions(@Nullable String questions) {
		this.questions = questions;
	}

	public @Nullable String getWantedParticipants() {
		return wantedParticipants;
	}

	public void setWantedParticipants(@Nullable String wantedParticipants) {
		this.wantedParticipants = wantedParticipants;
	}

	public @Nullable String getUnwantedParticipants() {
		return unwantedParticipants;
	}

	public void setUnwantedParticipants(@Nullable String unwantedParticipants) {
		this.unwantedParticipants = unwantedParticipants;
	}

	public @Nullable String getNotToRaise() {
		return notToRaise;
	}

	public void setNotToRaise(@Nullable String notToRaise) {
		this.notToRaise = notToRaise;
	}

	public Set<Preparation.TakingPart> getTakingPart() {
		return takingPart;
	}

	public void setTakingPart(Set<Preparation.TakingPart> takingPart) {
		this.takingPart = takingPart;
	}

	public @Nullable String getInterpreterLanguage() {
		return interpreterLanguage;
	}

	public void setInterpreterLanguage(@Nullable String interpreterLanguage) {
		this.interpreterLanguage = interpreterLanguage;
	}

	public @Nullable String getOtherSupport() {
		return otherSupport;
	}

	public void setOtherSupport(@Nullable String otherSupport) {
		this.otherSupport = otherSupport;
	}

}
