package se.samordna.sip;

import java.util.UUID;

/** A staff member acting on a SIP, and the unit they act for. */
public record Actor(UUID staffId, UUID unitId) {
}
