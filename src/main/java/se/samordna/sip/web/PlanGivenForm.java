package se.samordna.sip.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import se.samordna.sip.PlanDelivery;

/** That the person got a plan version, and how. */
public class PlanGivenForm {

	@NotNull
	private @Nullable PlanDelivery delivery;

	private long version;

	public @Nullable PlanDelivery getDelivery() {
		return delivery;
	}

	public void setDelivery(@Nullable PlanDelivery delivery) {
		this.delivery = delivery;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
