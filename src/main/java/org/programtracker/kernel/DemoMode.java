package org.programtracker.kernel;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Demo mode loads the seed district and its demo accounts into an empty database. It is
 * on by default for the embedded database and off for an external one, unless
 * {@code app.demo} says otherwise.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(DemoProperties properties, Environment environment) {
		this.enabled = (properties.demo() != null) ? properties.demo()
				: !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

	public boolean isEnabled() {
		return this.enabled;
	}

}
