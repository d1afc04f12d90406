package se.samordna.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import se.samordna.platform.SamordnaMode;
import se.samordna.platform.internal.DemoModeCondition;

/**
 * Demo mode: form log-in for the demo staff (password {@code demo}). Otherwise: OIDC through
 * the region's IdP, and no form log-in at all. CSRF is on (Spring Security's default) for every
 * form; headers are strict.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Everything from our own origin; no inline script, no framing, forms only to ourselves. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SamordnaMode mode, StaffAccounts accounts,
			SecuritySettings settings) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/login",
					"/tillganglighet")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated());
		if (mode.demo()) {
			http.formLogin(form -> form.loginPage("/login").permitAll());
		}
		else {
			http.oauth2Login(oauth -> oauth.loginPage("/login")
				.userInfoEndpoint(info -> info
					.oidcUserService(new StaffOidcUserService(accounts, settings.staffUsernameClaim()))));
		}
		http.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** Demo log-ins exist only in demo mode: every active staff account, password "demo". */
	@Bean
	@Conditional(DemoModeCondition.class)
	UserDetailsService demoStaffLogins(StaffAccounts accounts) {
		return username -> accounts.activeUser(username)
			.map(user -> new StaffUser(user, "{noop}demo", true))
			.orElseThrow(() -> new UsernameNotFoundException("no active staff account"));
	}

}
