package se.samordna.platform.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import se.samordna.platform.LanguageScope;

/**
 * Languages: Swedish by default, English on request for the staff pages; other parts of
 * the site may declare a {@link LanguageScope} of their own. Each scope keeps its choice
 * in its own cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	static final LanguageScope STAFF = new LanguageScope("/", List.of(SWEDISH, Locale.ENGLISH), "samordna-sprak",
			Duration.ofDays(365));

	@Bean
	LocaleResolver localeResolver(List<LanguageScope> scopes) {
		return new ScopedLocaleResolver(scopes);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor).order(0);
	}

	/**
	 * Picks the scope by path (the longest prefix wins) and lets its cookie resolver
	 * answer.
	 */
	static class ScopedLocaleResolver implements LocaleResolver {

		private final List<Map.Entry<LanguageScope, CookieLocaleResolver>> scopes;

		ScopedLocaleResolver(List<LanguageScope> declared) {
			var all = new ArrayList<LanguageScope>(declared);
			all.add(STAFF);
			all.sort(Comparator.comparing((LanguageScope scope) -> scope.pathPrefix().length()).reversed());
			this.scopes = all.stream().map(scope -> Map.entry(scope, resolverFor(scope))).toList();
		}

		private static CookieLocaleResolver resolverFor(LanguageScope scope) {
			var resolver = new CookieLocaleResolver(scope.cookieName()) {
				@Override
				public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
						@Nullable Locale locale) {
					super.setLocale(request, response,
							scope.closest(locale == null ? scope.supported().get(0) : locale));
				}
			};
			resolver.setDefaultLocale(scope.supported().get(0));
			resolver.setCookieMaxAge(scope.remembered());
			resolver.setCookiePath(scope.pathPrefix());
			return resolver;
		}

		private CookieLocaleResolver scopeOf(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return scopes.stream()
				.filter(scope -> path.equals(scope.getKey().pathPrefix()) || path.startsWith(withSlash(scope.getKey())))
				.findFirst()
				.orElse(scopes.get(scopes.size() - 1))
				.getValue();
		}

		private static String withSlash(LanguageScope scope) {
			return scope.pathPrefix().endsWith("/") ? scope.pathPrefix() : scope.pathPrefix() + "/";
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return scopeOf(request).resolveLocale(request);
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			scopeOf(request).setLocale(request, response, locale);
		}

	}

}
