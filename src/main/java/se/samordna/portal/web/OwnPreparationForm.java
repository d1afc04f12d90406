package se.samordna.portal.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import se.samordna.sip.OwnPreparation;
import se.samordna.sip.Preparation;

/** The person's own preparation, as typed. */
class OwnPreparationForm {

	static final int LONG_TEXT = 4000;

	private long version;

	@NotBlank(message = "{portal.error.whatMatters}")
	@Size(max = LONG_TEXT, message = "{portal.error.tooLong}")
	private String whatMatters = "";

	@Size(max = LONG_TEXT, message = "{portal.error.tooLong}")
	private @Nullable String questions;

	@Size(max = LONG_TEXT, message = "{portal.error.tooLong}")
	private @Nullable String wantedParticipants;

	@Size(max = LONG_TEXT, message = "{portal.error.tooLong}")
	private @Nullable String unwantedParticipants;

	@Size(max = LONG_TEXT, message = "{portal.error.tooLong}")
	private @Nullable String notToRaise;

	private Set<Preparation.TakingPart> takingPart = EnumSet.noneOf(Preparation.TakingPart.class);

	@Size(max = 100, message = "{portal.error.tooLong}")
	private @Nullable String interpreterLanguage;

	@Size(max = LONG_TEXT, message = "{portal.error.tooLong}")
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
