package se.samordna.access.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff log-in.
 *
 * @param staffUsernameClaim the ID-token claim that holds the staff member's user name in
 * the directory (for SITHS through the region's IdP often an HSA-id claim)
 */
@ConfigurationProperties("samordna.security")
record SecuritySettings(@DefaultValue("preferred_username") String staffUsernameClaim) {
}
