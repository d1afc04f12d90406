package se.samordna.sip.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import se.samordna.sip.ClosingReason;

/** Closing the SIP, with a reason. */
public class CloseForm {

	@NotNull
	private @Nullable ClosingReason reason;

	@Size(max = 1000)
	private String text = "";

	private long version;

	public @Nullable ClosingReason getReason() {
		return reason;
	}

	public void setReason(@Nullable ClosingReason reason) {
		this.reason = reason;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
