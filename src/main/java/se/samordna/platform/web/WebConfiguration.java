package se.samordna.platform.web;

import java.util.List;
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

/** Swedish by default, English on request; the choice is kept in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	static final List<Locale> SUPPORTED = List.of(SWEDISH, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new SupportedLocaleResolver();
		resolver.setDefaultLocale(SWEDISH);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Only languages we have bundles for; anything else becomes Swedish. */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super("samordna-sprak");
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			Locale supported = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
					? Locale.ENGLISH : SWEDISH;
			super.setLocale(request, response, supported);
		}

	}

}
