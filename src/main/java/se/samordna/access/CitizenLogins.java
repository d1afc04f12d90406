package se.samordna.access;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

import se.samordna.access.internal.CitizenLoginSettings;
import se.samordna.platform.SamordnaMode;

/** What the citizens' log-in page offers: the demo log-ins, or the way to the IdP. */
@Component
public class CitizenLogins {

	/** Where the citizens' OIDC flow starts, followed by the registration id. */
	public static final String AUTHORIZATION_BASE = "/mina-sidor/oauth2/authorization";

	public record DemoLogin(String username, String name) {
	}

	private final SamordnaMode mode;

	private final CitizenLoginSettings settings;

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	CitizenLogins(SamordnaMode mode, CitizenLoginSettings settings,
			ObjectProvider<ClientRegistrationRepository> registrations) {
		this.mode = mode;
		this.settings = settings;
		this.registrations = registrations;
	}

	/** Demo mode only: the demo citizens, password "demo". */
	public List<DemoLogin> demoLogins() {
		if (!mode.demo()) {
			return List.of();
		}
		return settings.demoLogins()
			.entrySet()
			.stream()
			.map(login -> new DemoLogin(login.getKey(), login.getValue().description()))
			.sorted((a, b) -> a.username().compareTo(b.username()))
			.toList();
	}

	/** Outside demo mode, when the citizens' client registration is configured. */
	public Optional<String> identityProviderPath() {
		if (mode.demo()) {
			return Optional.empty();
		}
		ClientRegistrationRepository repository = registrations.getIfAvailable();
		if (repository == null || repository.findByRegistrationId(settings.registrationId()) == null) {
			return Optional.empty();
		}
		return Optional.of(AUTHORIZATION_BASE + "/" + settings.registrationId());
	}

}
