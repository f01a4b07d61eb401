package org.programtracker.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery", "Hua Bum 2024 mùa lúa", "k7#Qz!m2Lp9w" })
	void shouldAcceptALongUncommonPassword(String password) {
		assertThat(this.policy.problems(password, "viewer")).isEmpty();
	}

	@Test
	void shouldRefuseAPasswordShorterThanTwelveCharacters() {
		assertThat(this.policy.problems("k7#Qz!m2Lp9", "viewer")).containsExactly("password.tooShort");
		assertThat(this.policy.problems(null, "viewer")).containsExactly("password.tooShort");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "Password1234!", "123456789012", "qwertyuiop123", "matkhau12345",
			"iloveyou2024", "aaaaaaaaaaaa", "abababababab", "987654321098", "1qaz2wsx3edc", "!!welcome!!!" })
	void shouldRefuseACommonPassword(String password) {
		assertThat(this.policy.problems(password, "viewer")).containsExactly("password.tooCommon");
	}

	@Test
	void shouldRefuseAPasswordContainingTheUsername() {
		assertThat(this.policy.problems("my-Viewer-secret-42", "viewer")).containsExactly("password.containsUsername");
	}

	@Test
	void shouldRefuseMoreThanBcryptReads() {
		assertThat(this.policy.problems("mật khẩu rất dài ".repeat(5), "viewer")).containsExactly("password.tooLong");
	}

}
