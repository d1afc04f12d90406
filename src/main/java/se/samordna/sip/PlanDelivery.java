package se.samordna.sip;

import org.springframework.modulith.NamedInterface;
import java.time.Instant;
import java.util.UUID;

/**
 * How the person got a plan version: handed over at the meeting or sent afterwards. A
 * plan that never reaches the person is one of the failures SIP work is measured on.
 */
@NamedInterface("events")
public enum PlanDelivery {

	AT_MEETING, AFTERWARDS;

	/** That a version was given, how, when and by whom. */
	@NamedInterface("events")
	public record Given(int planVersion, PlanDelivery delivery, UUID recordedBy, Instant at) {
	}

}
