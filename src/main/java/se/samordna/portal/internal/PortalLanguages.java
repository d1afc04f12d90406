package se.samordna.portal.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;

import se.samordna.access.CurrentUsers;
import se.samordna.platform.LanguageScope;
import se.samordna.portal.PortalLanguage;

/**
 * The seven languages of the individual's pages. The choice is kept in a cookie for a
 * year and, for a signed-in person, in the database, so that it follows them to another
 * device.
 */
@Configuration(proxyBeanMethods = false)
class PortalLanguages implements WebMvcConfigurer {

	static final String PATH = "/mina-sidor";

	static final String COOKIE = "samordna-mitt-sprak";

	private final JdbcClient jdbc;

	private final CurrentUsers users;

	private final LocaleResolver locales;

	PortalLanguages(JdbcClient jdbc, CurrentUsers users, LocaleResolver locales) {
		this.jdbc = jdbc;
		this.users = users;
		this.locales = locales;
	}

	@Bean
	static LanguageScope portalLanguageScope() {
		return new LanguageScope(PATH, Arrays.stream(PortalLanguage.values()).map(PortalLanguage::locale).toList(),
				COOKIE, Duration.ofDays(365));
	}

	/**
	 * After the platform's language switch (order 0) has taken the {@code lang}
	 * parameter.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Remember()).addPathPatterns(PATH + "/**").order(10);
	}

	private class Remember implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			users.findCitizen().ifPresent(citizen -> {
				if (request.getParameter("lang") != null) {
					store(citizen.personalIdentity(), PortalLanguage.of(locales.resolveLocale(request)));
				}
				else if (WebUtils.getCookie(request, COOKIE) == null) {
					stored(citizen.personalIdentity())
						.ifPresent(language -> locales.setLocale(request, response, language.locale()));
				}
			});
			return true;
		}

	}

	private void store(String identity, PortalLanguage language) {
		jdbc.sql("""
				insert into portal_language (citizen_identity, language) values (?, ?)
				on conflict (citizen_identity) do update set language = excluded.language""")
			.params(identity, language.name())
			.update();
	}

	private Optional<PortalLanguage> stored(String identity) {
		return jdbc.sql("select language from portal_language where citizen_identity = ?")
			.param(identity)
			.query(String.class)
			.optional()
			.map(PortalLanguage::valueOf);
	}

}
