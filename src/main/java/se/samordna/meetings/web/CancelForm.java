package se.samordna.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the meeting is cancelled: everyone invited is told. */
public class CancelForm {

	@NotBlank
	@Size(max = 1000)
	private String reason = "";

	private long version;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
