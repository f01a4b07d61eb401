package org.programtracker.infrastructure.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese by default, English on request ({@code ?lang=en}), remembered in a cookie.
 * Any other language falls back to Vietnamese, so every page has all its strings.
 */
@Configuration(proxyBeanMethods = false)
public class LanguageConfiguration implements WebMvcConfigurer {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.forLanguageTag("en"));

	private static final String COOKIE = "lang";

	@Bean
	LocaleResolver localeResolver() {
		return new SupportedLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName(COOKIE);
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	static Locale supported(String languageTag) {
		if (languageTag == null) {
			return VIETNAMESE;
		}
		String language = Locale.forLanguageTag(languageTag.replace('_', '-')).getLanguage();
		return SUPPORTED.stream()
			.filter(locale -> locale.getLanguage().equals(language))
			.findFirst()
			.orElse(VIETNAMESE);
	}

	static final class SupportedLocaleResolver implements LocaleResolver {

		private static final String CHOSEN = SupportedLocaleResolver.class.getName() + ".CHOSEN";

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
				return chosen;
			}
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if (COOKIE.equals(cookie.getName())) {
						return supported(cookie.getValue());
					}
				}
			}
			return VIETNAMESE;
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			Locale chosen = supported((locale == null) ? null : locale.toLanguageTag());
			request.setAttribute(CHOSEN, chosen);
			if (response != null) {
				Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
				cookie.setPath("/");
				cookie.setHttpOnly(true);
				cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
				cookie.setAttribute("SameSite", "Lax");
				response.addCookie(cookie);
			}
		}

	}

}
