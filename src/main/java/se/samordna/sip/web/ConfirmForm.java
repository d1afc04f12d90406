package se.samordna.sip.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Confirming the plan: who coordinates, when it is followed up and who planned it. */
public class ConfirmForm {

	@NotNull
	private @Nullable UUID coordinator;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate followUp;

	private Set<UUID> tookPart = new HashSet<>();

	private long version;

	/** The ids of the participants who planned together. */
	public Set<UUID> getTookPart() {
		return tookPart;
	}

	public void setTookPart(Set<UUID> tookPart) {
		this.tookPart = tookPart;
	}

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
