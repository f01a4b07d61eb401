package org.programtracker.infrastructure.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, served from the folders that hold them ({@code /css/**},
 * {@code /js/**}) and the web jars ({@code /webjars/**}), in place of the default handler
 * of every path ({@code /**}, turned off by
 * {@code spring.web.resources.add-mappings=false}). With the default one, every link a
 * page builds ({@code @{/dashboard(…)}}) was first looked for as a file in the jar, and
 * not cached when none was found: a province's dashboard, with a link per commune, spent
 * a third of its time there.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/**
	 * The paths the static files are served under.
	 */
	static final List<String> LOCATIONS = List.of("/css/", "/js/", "/webjars/");

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
