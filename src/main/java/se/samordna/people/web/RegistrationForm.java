package se.samordna.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Registering a person the unit has contact with: who, and why the unit needs their data.
 */
public class RegistrationForm extends IndividualForm {

	@NotBlank
	private String personnummer = "";

	@NotBlank
	@Size(max = 500)
	private String reason = "";

	public String getPersonnummer() {
		return personnummer;
	}

	public void setPersonnummer(String personnummer) {
		this.personnummer = personnummer.strip();
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
