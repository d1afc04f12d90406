package se.samordna.access.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.util.List;

import se.samordna.access.Citizen;
import se.samordna.access.CitizenRelationSource;
import se.samordna.platform.SamordnaMode;
import se.samordna.platform.DemoModeCondition;

/**
 * Two doors. Staff: in demo mode form log-in for the demo staff (password {@code demo}),
 * otherwise OIDC through the region's IdP. Citizens, on their own pages under
 * {@code /mina-sidor}: in demo mode form log-in for the demo citizens, otherwise OIDC
 * through a registration of their own (BankID, Freja). A citizen's session opens no staff
 * page and a staff session no citizen page. CSRF is on (Spring Security's default) for
 * every form; headers are strict.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Everything from our own origin; no inline script, no framing, forms only to
	 * ourselves.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String STAFF_AUTHORITY = "SAMORDNA_STAFF";

	@Bean
	@Order(1)
	SecurityFilterChain citizenFilterChain(HttpSecurity http, SamordnaMode mode, CitizenLoginSettings settings,
			List<CitizenRelationSource> register, ObjectProvider<ClientRegistrationRepository> registrations)
			throws Exception {
		http.securityMatcher("/mina-sidor/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/mina-sidor/logga-in", "/mina-sidor/vad-ar-sip", "/mina-sidor/oauth2/**",
						"/mina-sidor/login/oauth2/**", "/mina-sidor/enkat", "/mina-sidor/enkat/**")
				.permitAll()
				.anyRequest()
				.hasAuthority(CitizenPrincipal.AUTHORITY));
		if (mode.demo()) {
			// a manager of its own, so a staff name and password cannot sign in here
			http.authenticationManager(
					new ProviderManager(new DaoAuthenticationProvider(demoCitizens(settings, register))))
				.formLogin(form -> form.loginPage("/mina-sidor/logga-in")
					.loginProcessingUrl("/mina-sidor/logga-in")
					.defaultSuccessUrl("/mina-sidor", true)
					.failureUrl("/mina-sidor/logga-in?error"));
		}
		else {
			http.oauth2Login(oauth -> oauth.loginPage("/mina-sidor/logga-in")
				.authorizationEndpoint(endpoint -> endpoint
					.authorizationRequestResolver(new CitizenAuthorizationRequests(registrations.getObject())))
				.redirectionEndpoint(endpoint -> endpoint.baseUri(CitizenAuthorizationRequests.CALLBACK + "*"))
				.userInfoEndpoint(info -> info.oidcUserService(new CitizenOidcUserService(settings, register)))
				.defaultSuccessUrl("/mina-sidor", true)
				.failureUrl("/mina-sidor/logga-in?error"));
		}
		http.logout(
				logout -> logout.logoutUrl("/mina-sidor/logga-ut").logoutSuccessUrl("/mina-sidor/logga-in?utloggad"));
		return headers(http).build();
	}

	/**
	 * Demo citizens: the configured log-in names, password "demo", named as in the person
	 * register.
	 */
	private static UserDetailsService demoCitizens(CitizenLoginSettings settings,
			List<CitizenRelationSource> register) {
		return username -> {
			CitizenLoginSettings.DemoCitizen demo = settings.demoLogins().get(username);
			if (demo == null) {
				throw new UsernameNotFoundException("no demo citizen");
			}
			String identity = demo.personalIdentity();
			String name = register.stream().flatMap(source -> source.nameOf(identity).stream()).findFirst().orElse("");
			return new CitizenUser(new Citizen(identity, name, username), "{noop}demo");
		};
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, SamordnaMode mode, StaffAccounts accounts,
			SecuritySettings settings, CitizenLoginSettings citizenSettings) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/login", "/tillganglighet")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/")
			.authenticated()
			.anyRequest()
			.hasAuthority(STAFF_AUTHORITY));
		if (mode.demo()) {
			http.formLogin(form -> form.loginPage("/login").permitAll());
		}
		else {
			http.oauth2Login(oauth -> oauth.loginPage("/login")
				.userInfoEndpoint(info -> info.oidcUserService(new StaffOidcUserService(accounts,
						settings.staffUsernameClaim(), citizenSettings.registrationId()))));
		}
		http.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
		return headers(http).build();
	}

	private static HttpSecurity headers(HttpSecurity http) throws Exception {
		return http
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
	}

	/**
	 * Demo log-ins exist only in demo mode: every active staff account, password "demo".
	 */
	@Bean
	@Conditional(DemoModeCondition.class)
	UserDetailsService demoStaffLogins(StaffAccounts accounts) {
		return username -> accounts.activeUser(username)
			.map(user -> new StaffUser(user, "{noop}demo", true))
			.orElseThrow(() -> new UsernameNotFoundException("no active staff account"));
	}

}
