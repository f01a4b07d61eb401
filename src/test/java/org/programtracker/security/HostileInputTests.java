package org.programtracker.security;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.programtracker.directive.internal.DirectiveRepository;
import org.programtracker.narrative.internal.NarrativeEntryRepository;
import org.programtracker.security.internal.AppUserRepository;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every page and endpoint of the access matrix, sent by the administrator (who reaches
 * the deepest code) with one of its parameters, path segments or JSON fields replaced by
 * something hostile: control characters, text far beyond any column, numbers beyond
 * {@code NUMERIC(19,0)} or written as {@code 1e1000000}, fractions of a đồng or of a
 * year, enum ordinals, dates out of any sensible range or impossible, pages beyond the
 * last; and bodies that are malformed, empty, of the wrong type, too deep, too large or
 * with unknown fields. Each must be answered with a 4xx page or problem detail, quickly,
 * without a stack trace, and, when refused, before anything is written (the request runs
 * in a transaction that is rolled back after it; a refused request must have given it no
 * transaction id and no audit entry, and must not have broken it with a database error).
 */
@IntegrationTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@TestPropertySource(properties = "spring.thymeleaf.cache=true")
class HostileInputTests {

	private static final String LONG_TEXT = "A".repeat(100_000);

	/**
	 * Longer than any column, shorter than what every text may be.
	 */
	private static final String WIDER_THAN_ANY_COLUMN = "B".repeat(5_000);

	private static final List<String> HOSTILE_TEXTS = List.of("x\u0000y", WIDER_THAN_ANY_COLUMN);

	private static final List<String> HOSTILE_NUMBERS = List.of("1e1000000", "99999999999999999999", "abc");

	private static final List<String> HOSTILE_DATES = List.of("0000-01-01", "+99999-01-01", "2025-02-30");

	private static final List<String> HOSTILE_SEGMENTS = List.of("abc", "99999999999999999999", "%00");

	private static final List<String> HOSTILE_JSON_NUMBERS = List.of("1e1000000", "1e400", "99999999999999999999",
			"2025.5", "\"12\"", "{}");

	private static final List<String> HOSTILE_JSON_TEXTS = List.of("\"x\\u0000y\"", "\"" + WIDER_THAN_ANY_COLUMN + "\"",
			"\"" + LONG_TEXT + "\"", "1");

	private static final List<String> HOSTILE_JSON_DATES = List.of("\"0000-01-01\"", "\"+99999-01-01\"",
			"\"2025-02-30\"", "20250101");

	private static final List<String> HOSTILE_BODIES = List.of("", "{", "[]", "null", "\"text\"", "{\"a\":",
			"[".repeat(5_000), "{\"zzz\":" + "1".repeat(2_000) + "}");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final long SLOW_MILLIS = 5_000;

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlers;

	@Autowired
	private PlatformTransactionManager transactions;

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

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void shouldRefuseHostileInputOnEveryEndpointWithoutA500OrAWrite() throws Exception {
		AccessMatrix matrix = new AccessMatrix(this.userRepository, this.narrative, this.directives, this.jdbc);
		List<Hostile> requests = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Map<String, String> row : AccessMatrix.rows()) {
			for (Hostile hostile : hostileVariants(matrix, row.get("method"), row.get("path"),
					row.getOrDefault("body", ""))) {
				if (seen.add(hostile.identity())) {
					requests.add(hostile);
				}
			}
		}
		UserDetails admin = this.users.loadUserByUsername("admin");
		List<String> failures = new ArrayList<>();
		long started = System.nanoTime();
		for (Hostile hostile : requests) {
			String failure = send(matrix, admin, hostile);
			if (failure != null) {
				failures.add(failure);
			}
		}
		System.out.printf("%d hostile requests in %d s%n", requests.size(),
				(System.nanoTime() - started) / 1_000_000_000);
		assertThat(requests).hasSizeGreaterThan(1_000);
		assertThat(failures).as("of %d hostile requests", requests.size()).isEmpty();
	}

	/**
	 * One hostile request, in a transaction rolled back after it: {@code null} when it
	 * was answered well, otherwise what went wrong.
	 */
	private String send(AccessMatrix matrix, UserDetails admin, Hostile hostile) {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		return transaction.execute(status -> {
			status.setRollbackOnly();
			long audited = audited();
			long started = System.nanoTime();
			MvcResult result;
			try {
				result = this.mvc.perform(hostile.request(matrix, admin)).andReturn();
			}
			catch (Exception ex) {
				return abbreviated(hostile.toString()) + " -> unhandled " + ex.getClass().getSimpleName() + ": "
						+ ex.getMessage();
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			int answer = result.getResponse().getStatus();
			String body;
			try {
				body = result.getResponse().getContentAsString();
			}
			catch (Exception ex) {
				return hostile + " -> unreadable answer";
			}
			if (answer >= 500) {
				return abbreviated(hostile.toString()) + " -> " + answer + " " + abbreviated(body);
			}
			if (body.contains("Exception") || body.contains("at org.") || body.contains("at java.")) {
				return abbreviated(hostile.toString()) + " -> " + answer + " with a stack trace or exception name: "
						+ abbreviated(body);
			}
			if (millis > SLOW_MILLIS && answer >= 400) {
				return abbreviated(hostile.toString()) + " -> " + answer + " after " + millis + " ms";
			}
			if (answer >= 400) {
				try {
					if (this.jdbc.sql("select pg_current_xact_id_if_assigned()::text")
						.query(String.class)
						.optional()
						.isPresent() || audited() != audited) {
						return abbreviated(hostile.toString()) + " -> " + answer + " but wrote before refusing";
					}
				}
				catch (RuntimeException ex) {
					return abbreviated(hostile.toString()) + " -> " + answer + " after a database error: "
							+ ex.getMessage();
				}
			}
			return null;
		});
	}

	private long audited() {
		return this.jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}

	private static String abbreviated(String body) {
		String flat = body.replaceAll("\\s+", " ");
		return (flat.length() > 300) ? flat.substring(0, 300) + "…" : flat;
	}

	/**
	 * Whether the page or endpoint takes a {@code page} parameter.
	 */
	private boolean isPaged(AccessMatrix matrix, String base) {
		try {
			HandlerExecutionChain chain = this.handlers
				.getHandler(new MockHttpServletRequest("GET", URI.create(matrix.resolve(base)).getPath()));
			return chain != null && chain.getHandler() instanceof HandlerMethod method
					&& Arrays.stream(method.getMethodParameters())
						.anyMatch(parameter -> parameter.hasParameterAnnotation(RequestParam.class)
								&& "page".equals(parameter.getParameterAnnotation(RequestParam.class).name().isEmpty()
										? parameter.getParameterName()
										: parameter.getParameterAnnotation(RequestParam.class).name()));
		}
		catch (Exception ex) {
			return false;
		}
	}

	private List<Hostile> hostileVariants(AccessMatrix matrix, String method, String path, String body) {
		int question = path.indexOf('?');
		String base = (question < 0) ? path : path.substring(0, question);
		Map<String, String> parameters = parameters((question < 0) ? "" : path.substring(question + 1));
		List<Hostile> variants = new ArrayList<>();
		String[] segments = base.split("/");
		for (int i = 1; i < segments.length; i++) {
			if (NUMBER.matcher(segments[i]).matches() || segments[i].startsWith("{")) {
				for (String segment : HOSTILE_SEGMENTS) {
					String[] changed = segments.clone();
					changed[i] = segment;
					variants
						.add(new Hostile(method, String.join("/", changed), parameters, body, null, "segment " + i));
				}
			}
		}
		parameters.forEach((name, value) -> {
			for (String hostile : hostileValuesFor(value)) {
				Map<String, String> changed = new LinkedHashMap<>(parameters);
				changed.put(name, hostile);
				variants.add(new Hostile(method, base, changed, body, null, name + "=" + hostile));
			}
		});
		if (method.equals("GET") && isPaged(matrix, base)) {
			for (String page : List.of("2147483647", "-2147483648", "99999999999999999999")) {
				Map<String, String> changed = new LinkedHashMap<>(parameters);
				changed.put("page", page);
				variants.add(new Hostile(method, base, changed, body, null, "page=" + page));
			}
		}
		if (!body.isEmpty()) {
			variants.addAll(hostileBodies(method, base, parameters, body));
		}
		return variants;
	}

	private List<Hostile> hostileBodies(String method, String base, Map<String, String> parameters, String body) {
		List<Hostile> variants = new ArrayList<>();
		for (String hostile : HOSTILE_BODIES) {
			variants.add(new Hostile(method, base, parameters, hostile, null, "body " + hostile.hashCode()));
		}
		variants.add(new Hostile(method, base, parameters, body, MediaType.TEXT_PLAIN, "as text"));
		variants.add(new Hostile(method, base, parameters, body, MediaType.APPLICATION_XML, "as xml"));
		variants.add(new Hostile(method, base, parameters, body, MediaType.APPLICATION_FORM_URLENCODED, "as form"));
		variants.add(new Hostile(method, base, parameters, body.replaceFirst("\\{", "{\"unknownField\":1,"), null,
				"unknown field"));
		variants.add(
				new Hostile(method, base, parameters, "{\"x\":\"" + "A".repeat(3 * 1024 * 1024) + "\"}", null, "3 MB"));
		Map<String, JsonNode> fields = new LinkedHashMap<>();
		this.json.readTree(body).properties().forEach(entry -> fields.put(entry.getKey(), entry.getValue()));
		fields.forEach((name, value) -> {
			List<String> hostileValues = value.isNumber() ? HOSTILE_JSON_NUMBERS
					: (value.isString() && DATE.matcher(value.asString()).matches()) ? HOSTILE_JSON_DATES
							: value.isString() ? HOSTILE_JSON_TEXTS : List.of();
			for (String hostile : hostileValues) {
				StringBuilder changed = new StringBuilder("{");
				fields.forEach((other, otherValue) -> {
					if (changed.length() > 1) {
						changed.append(',');
					}
					changed.append('"').append(other).append("\":").append(other.equals(name) ? hostile : otherValue);
				});
				variants.add(new Hostile(method, base, parameters, changed.append('}').toString(), null,
						name + "=" + hostile));
			}
		});
		return variants;
	}

	private static List<String> hostileValuesFor(String value) {
		if (DATE.matcher(value).matches()) {
			return HOSTILE_DATES;
		}
		if (NUMBER.matcher(value).matches() || value.startsWith("{")) {
			return HOSTILE_NUMBERS;
		}
		return HOSTILE_TEXTS;
	}

	private static Map<String, String> parameters(String query) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (query.isEmpty()) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return parameters;
	}

	/**
	 * A request: parameters are sent as form fields (or query parameters of a GET), a
	 * non-empty body as JSON unless another content type is given.
	 */
	private record Hostile(String method, String path, Map<String, String> parameters, String body,
			MediaType contentType, String changed) {

		/**
		 * What makes it hostile, where: the same change on the same endpoint is sent
		 * once.
		 */
		String identity() {
			return this.method + " " + this.path.replaceAll("\\{[^}]+}", "{}") + " " + this.changed + " "
					+ this.contentType;
		}

		MockHttpServletRequestBuilder request(AccessMatrix matrix, UserDetails who) {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(this.method),
					URI.create(matrix.resolve(this.path)));
			this.parameters.forEach((name, value) -> request.param(name, matrix.resolve(value)));
			if (!this.body.isEmpty() || this.contentType != null) {
				request.contentType((this.contentType != null) ? this.contentType : MediaType.APPLICATION_JSON)
					.content(this.body);
			}
			else if (this.method.equals("PUT") || this.path.startsWith("/api/")) {
				request.contentType(MediaType.APPLICATION_JSON);
			}
			return request.with(csrf()).with(user(who));
		}

		@Override
		public String toString() {
			String shown = this.method + " " + this.path + " "
					+ this.parameters.toString().replace(LONG_TEXT, "A×100000");
			if (!this.body.isEmpty()) {
				shown += " " + ((this.body.length() > 200 || this.body.contains(WIDER_THAN_ANY_COLUMN))
						? this.body.substring(0, 200) + "…(" + this.body.length() + ")" : this.body);
			}
			return (this.contentType != null) ? shown + " as " + this.contentType : shown;
		}

	}

}
