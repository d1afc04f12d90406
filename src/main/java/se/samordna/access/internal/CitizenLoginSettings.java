package se.samordna.access.internal;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Citizens' log-in, set up apart from staff log-in: its own OIDC client registration (the
 * region's IdP for BankID and Freja) and its own claim for the personnummer.
 *
 * @param registrationId the {@code spring.security.oauth2.client.registration.<id>} for
 * citizens
 * @param identityClaim the ID-token claim holding the twelve-digit personnummer (the
 * Swedish OIDC profile's claim by default)
 * @param demoLogins demo mode only: log-in name to the demo person; the log-in page lists
 * them from here, so an anonymous visitor never reads the person register
 */
@ConfigurationProperties("samordna.citizen-login")
public record CitizenLoginSettings(@DefaultValue("medborgare") String registrationId,
		@DefaultValue("https://id.oidc.se/claim/personalIdentityNumber") String identityClaim,
		@DefaultValue Map<String, DemoCitizen> demoLogins) {

	/**
	 * @param description who this is, for the demo log-in table (fictional)
	 */
	public record DemoCitizen(String personalIdentity, String description) {
	}

}
