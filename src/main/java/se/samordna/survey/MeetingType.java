package se.samordna.survey;

import java.util.Arrays;
import java.util.Optional;

import se.samordna.meetings.MeetingKind;

/** The first SIP meeting or a follow-up: each has its own questionnaire. */
public enum MeetingType {

	FIRST("first"), FOLLOW_UP("follow_up");

	private final String code;

	MeetingType(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static MeetingType of(MeetingKind kind) {
		return kind == MeetingKind.FIRST ? FIRST : FOLLOW_UP;
	}

	public static Optional<MeetingType> ofCode(String code) {
		return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
	}

}
