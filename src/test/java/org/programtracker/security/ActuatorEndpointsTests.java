package org.programtracker.security;

import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The actuator endpoints: health is public (for load balancers and probes), info shows
 * the build to a signed-in user only.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ActuatorEndpointsTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AppUserDetailsService users;

	@Autowired
	private BuildProperties build;

	@Test
	void shouldShowTheBuildNameAndVersionToASignedInUser() {
		MvcTestResult result = this.mvc.get()
			.uri("/actuator/info")
			.with(user(this.users.loadUserByUsername("viewer")))
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.build.name").isEqualTo("Program Tracker");
		assertThat(result).bodyJson().extractingPath("$.build.artifact").isEqualTo("program-tracker");
		assertThat(result).bodyJson().extractingPath("$.build.version").isEqualTo(this.build.getVersion());
		assertThat(this.build.getVersion()).isNotBlank();
	}

	@Test
	void shouldSendAnonymousVisitorsOfTheInfoEndpointToSignIn() {
		assertThat(this.mvc.get().uri("/actuator/info")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@Test
	void shouldAnswerHealthWithoutSigningIn() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk();
	}

}
