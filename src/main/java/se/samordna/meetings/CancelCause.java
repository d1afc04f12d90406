package se.samordna.meetings;

import org.springframework.modulith.NamedInterface;

/** Why a meeting was cancelled, so that the notices can say it. */
@NamedInterface("events")
public enum CancelCause {

	/** The caller cancelled it, with a reason in words. */
	CALLER,
	/** Its SIP was closed. */
	SIP_CLOSED,
	/** The person withdrew the consent, which closed the SIP. */
	CONSENT_WITHDRAWN

}
