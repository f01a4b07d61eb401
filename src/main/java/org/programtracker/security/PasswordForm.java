package org.programtracker.security;

import jakarta.validation.constraints.NotBlank;

/**
 * A user choosing their own password: the current one, the new one twice.
 */
class PasswordForm {

	@NotBlank(message = "{password.current.required}")
	private String currentPassword;

	@NotBlank(message = "{password.new.required}")
	private String newPassword;

	@NotBlank(message = "{password.confirmation.required}")
	private String confirmation;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
