package org.programtracker.security;

import org.programtracker.security.internal.AppUserRepository;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.programtracker.directive.internal.DirectiveRepository;
import org.programtracker.narrative.internal.NarrativeEntryRepository;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Each role × each page and API endpoint: allowed, 403, or 404 outside the scope. The
 * table is {@code src/test/resources/security/access-matrix.csv}, and
 * {@code access-matrix-json.csv} for API endpoints that take a JSON body: add a line for
 * every new page or endpoint; a test below fails on any without a line. Writes roll back.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class AccessMatrixTests {

	private static final List<String> WHO = List.of("anonymous", "admin", "officer", "editor", "viewer");

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlers;

	@Autowired
	private AppUserDetailsService users;

	@Autowired
	private AppUserRepository userRepository;

	@Autowired
	private NarrativeEntryRepository narrative;

	@Autowired
	private DirectiveRepository directives;

	@Autowired
	private JdbcClient jdbc;

	static Stream<Arguments> matrix() throws IOException {
		List<Arguments> cases = new ArrayList<>();
		for (Map<String, String> row : AccessMatrix.rows()) {
			for (String who : WHO) {
				cases.add(Arguments.of(row.get("method"), row.get("path"), who, Integer.parseInt(row.get(who)),
						row.getOrDefault("body", "")));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{2}: {0} {1} {4} -> {3}")
	@MethodSource("matrix")
	void shouldAllowDenyOrHideEachEndpointForEachRole(String method, String path, String who, int expected, String body)
			throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), paths().resolve(path));
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		if (!who.equals("anonymous")) {
			request.with(user(this.users.loadUserByUsername(who)));
		}
		if (!method.equals("GET")) {
			request.with(csrf());
		}

		MvcResult result = this.mvc.perform(request).andReturn();

		assertThat(result.getResponse().getStatus()).as("%s %s as %s", method, path, who).isEqualTo(expected);
		if (expected == 302 && who.equals("anonymous")) {
			assertThat(result.getResponse().getRedirectedUrl()).contains("/login");
		}
		if (expected == 404 || expected == 403) {
			assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception", "at org.");
		}
	}

	@Test
	void shouldListEveryPageAndEndpointOfTheApplication() throws IOException {
		List<String> listed = new ArrayList<>();
		for (Map<String, String> row : AccessMatrix.rows()) {
			listed.add(row.get("method") + " " + row.get("path").replaceAll("\\?.*", ""));
		}
		List<String> missing = new ArrayList<>();
		this.handlers.getHandlerMethods().forEach((mapping, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("org.programtracker")) {
				return;
			}
			Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
			for (String pattern : mapping.getPatternValues()) {
				Pattern path = Pattern.compile(pattern.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."));
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					boolean covered = listed.stream()
						.anyMatch(line -> line.startsWith(method.name() + " ")
								&& path.matcher(line.substring(method.name().length() + 1)).matches());
					if (!covered) {
						missing.add(method + " " + pattern);
					}
				}
			}
		});
		assertThat(missing).as("pages and endpoints without a line in security/access-matrix.csv").isEmpty();
	}

	private AccessMatrix paths() {
		return new AccessMatrix(this.userRepository, this.narrative, this.directives, this.jdbc);
	}

}
