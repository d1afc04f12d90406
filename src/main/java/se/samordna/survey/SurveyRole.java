package se.samordna.survey;

import java.util.Arrays;
import java.util.Optional;

/**
 * How someone took part in the meeting ("Jag deltog i mötet som …"); the code is the one
 * used in files.
 */
public enum SurveyRole {

	INDIVIDUAL("individual"), COMPANION("companion"), REPRESENTATIVE("representative"), PROFESSIONAL("professional");

	private final String code;

	SurveyRole(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<SurveyRole> ofCode(String code) {
		return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
	}

}
