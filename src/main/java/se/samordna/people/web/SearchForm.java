package se.samordna.people.web;

import jakarta.validation.constraints.NotBlank;

/** Search by personnummer; posted, never put in a URL. */
public class SearchForm {

	@NotBlank
	private String personnummer = "";

	public String getPersonnummer() {
		return personnummer;
	}

	public void setPersonnummer(String personnummer) {
		this.personnummer = personnummer.strip();
	}

}
