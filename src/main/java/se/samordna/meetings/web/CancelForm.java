package se.samordna.meetings.web;

/** Why the meeting is cancelled: everyone invited is told. */
public class CancelForm {

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
