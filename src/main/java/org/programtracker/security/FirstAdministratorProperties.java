package org.programtracker.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator ({@link FirstAdministrator}), from {@code APP_ADMIN_USERNAME}
 * and {@code APP_ADMIN_PASSWORD}.
 *
 * @param username the administrator's username
 * @param password the password to create them with; none by default
 */
@ConfigurationProperties("app.admin")
record FirstAdministratorProperties(@DefaultValue("admin") String username, String password) {

	@Override
	public String toString() {
		return "FirstAdministratorProperties[username=" + this.username + ", password="
				+ ((this.password != null) ? "******" : null) + "]";
	}

}
