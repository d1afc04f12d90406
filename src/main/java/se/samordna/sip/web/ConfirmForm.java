package se.samordna.sip.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Confirming the plan: who coordinates and when it is followed up. */
public class ConfirmForm {

	@NotNull
	private @Nullable UUID coordinator;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate followUp;

	private long version;

	public @Nullable UUID getCoordinator() {
		return coordinator;
	}

	public void setCoordinator(@Nullable UUID coordinator) {
		this.coordinator = coordinator;
	}

	public @Nullable LocalDate getFollowUp() {
		return followUp;
	}

	public void setFollowUp(@Nullable LocalDate followUp) {
		this.followUp = followUp;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
