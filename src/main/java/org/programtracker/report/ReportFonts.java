package org.programtracker.report;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the report's font files (the very ones the PDF embeds) to the browser, so that
 * the summary prints from the page in the same faces as from the server, whatever fonts
 * the reader's computer has. They never change within a release: cached for a day.
 */
@Configuration(proxyBeanMethods = false)
class ReportFonts implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/reports/fonts/*.ttf")
			.addResourceLocations("classpath:/fonts/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate());
	}

}
