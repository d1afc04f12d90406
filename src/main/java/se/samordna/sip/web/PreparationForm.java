package se.samordna.sip.web;

import java.util.EnumSet;
import java.util.Set;
import se.samordna.sip.Preparation;

/** Step 3 as staff and the individual fill it in; what it must say is the SIP's rule. */
public class PreparationForm {

	private String whatMatters = "";

	private String purpose = "";

	private String questions = "";

	private String wantedParticipants = "";

	private String unwantedParticipants = "";

	private Set<Preparation.TakingPart> takingPart = EnumSet.noneOf(Preparation.TakingPart.class);

	private String interpreterLanguage = "";

	private String aids = "";

	private String supportPerson = "";

	private String childAdaptations = "";

	private long version;

	static PreparationForm of(Preparation p, long version) {
		var form = new PreparationForm();
		form.whatMatters = p.whatMatters();
		form.purpose = nz(p.purpose());
		form.questions = nz(p.questions());
		form.wantedParticipants = nz(p.wantedParticipants());
		form.unwantedParticipants = nz(p.unwantedParticipants());
		form.takingPart = p.takingPart().isEmpty() ? EnumSet.noneOf(Preparation.TakingPart.class)
				: EnumSet.copyOf(p.takingPart());
		form.interpreterLanguage = nz(p.interpreterLanguage());
		form.aids = nz(p.aids());
		form.supportPerson = nz(p.supportPerson());
		form.childAdaptations = nz(p.childAdaptations());
		form.version = version;
		return form;
	}

	Preparation toPreparation() {
		return new Preparation(whatMatters.strip(), blank(purpose), blank(questions), blank(wantedParticipants),
				blank(unwantedParticipants), takingPart == null ? Set.of() : takingPart, blank(interpreterLanguage),
				blank(aids), blank(supportPerson), blank(childAdaptations));
	}

	static String nz(@org.jspecify.annotations.Nullable String value) {
		return value == null ? "" : value;
	}

	static @org.jspecify.annotations.Nullable String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getWhatMatters() {
		return whatMatters;
	}

	public void setWhatMatters(String whatMatters) {
		this.whatMatters = whatMatters;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getQuestions() {
		return questions;
	}

	public void setQuestions(String questions) {
		this.questions = questions;
	}

	public String getWantedParticipants() {
		return wantedParticipants;
	}

	public void setWantedParticipants(String wantedParticipants) {
		this.wantedParticipants = wantedParticipants;
	}

	public String getUnwantedParticipants() {
		return unwantedParticipants;
	}

	public void setUnwantedParticipants(String unwantedParticipants) {
		this.unwantedParticipants = unwantedParticipants;
	}

	public Set<Preparation.TakingPart> getTakingPart() {
		return takingPart;
	}

	public void setTakingPart(Set<Preparation.TakingPart> takingPart) {
		this.takingPart = takingPart;
	}

	public String getInterpreterLanguage() {
		return interpreterLanguage;
	}

	public void setInterpreterLanguage(String interpreterLanguage) {
		this.interpreterLanguage = interpreterLanguage;
	}

	public String getAids() {
		return aids;
	}

	public void setAids(String aids) {
		this.aids = aids;
	}

	public String getSupportPerson() {
		return supportPerson;
	}

	public void setSupportPerson(String supportPerson) {
		this.supportPerson = supportPerson;
	}

	public String getChildAdaptations() {
		return childAdaptations;
	}

	public void setChildAdaptations(String childAdaptations) {
		this.childAdaptations = childAdaptations;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
