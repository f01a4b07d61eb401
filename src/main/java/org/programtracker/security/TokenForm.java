package org.programtracker.security;

import java.time.LocalDate;

/**
 * A new personal API token as its page posts it: a name to recognise it by and the last
 * day it works.
 */
public class TokenForm {

	private String name;

	private LocalDate expiresOn;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

}
