package se.samordna.sip;

import java.util.UUID;

/**
 * What the SIP needs to know of a unit that is to take part: its organisation (which the
 * consent must name) and whether it works with individuals at all (system administration
 * and the county's analysts give no care and take no part).
 */
public record JoiningUnit(UUID organisationId, boolean worksWithIndividuals) {
}
