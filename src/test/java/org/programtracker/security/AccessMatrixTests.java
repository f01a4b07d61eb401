package org.programtracker.security;

import org.programtracker.security.internal.AppUser;

import org.programtracker.security.internal.AppUserRepository;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.programtracker.directive.internal.Directive;
import org.programtracker.directive.internal.DirectiveRepository;
import org.programtracker.narrative.internal.NarrativeEntry;
import org.programtracker.narrative.internal.NarrativeEntryRepository;
import org.programtracker.support.CsvFiles;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
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

	private static final List<String> TABLES = List.of("security/access-matrix.csv", "security/access-matrix-json.csv");

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
		for (Map<String, String> row : rows()) {
			for (String who : WHO) {
				cases.add(Arguments.of(row.get("method"), row.get("path"), who, Integer.parseInt(row.get(who)),
						row.getOrDefault("body", "")));
			}
		}
		return cases.stream();
	}

	/**
	 * The lines of both tables: pages and endpoints with parameters, and API endpoints
	 * that take a JSON body (in the last column of their own table).
	 */
	private static List<Map<String, String>> rows() throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		for (String table : TABLES) {
			try (InputStream input = new ClassPathResource(table).getInputStream()) {
				rows.addAll(CsvFiles.read(input));
			}
		}
		return rows;
	}

	@ParameterizedTest(name = "{2}: {0} {1} {4} -> {3}")
	@MethodSource("matrix")
	void shouldAllowDenyOrHideEachEndpointForEachRole(String method, String path, String who, int expected, String body)
			throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), resolve(path));
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
		for (Map<String, String> row : rows()) {
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

	private String resolve(String path) {
		AppUser viewer = this.userRepository.findByUsername("viewer").orElseThrow();
		NarrativeEntry ntmParagraph = paragraphOf("NTM");
		NarrativeEntry dttsParagraph = paragraphOf("DTTS");
		Directive onNtm = directive(true);
		Directive onOthers = directive(false);
		long ownDecision = decision("HUA_BUM");
		long otherDecision = decision("NAM_HANG");
		long ownAssignment = assignment("HUA_BUM", "NTM", "12/QĐ-UBND");
		long otherAssignment = assignment("NAM_HANG", "NTM", "12/QĐ-UBND");
		long huaBumVersion = this.jdbc.sql("select version from org_unit where code = 'HUA_BUM'")
			.query(Long.class)
			.single();
		return path.replace("{unit.HUA_BUM.version}", String.valueOf(huaBumVersion))
			.replace("{decision.own.version}", String.valueOf(column("version", ownDecision)))
			.replace("{decision.own}", String.valueOf(ownDecision))
			.replace("{decision.other.version}", String.valueOf(column("version", otherDecision)))
			.replace("{decision.other}", String.valueOf(otherDecision))
			.replace("{line.own}", String.valueOf(column("plan_line_id", ownDecision)))
			.replace("{line.other}", String.valueOf(column("plan_line_id", otherDecision)))
			.replace("{assignment.own.version}", String.valueOf(assignmentVersion(ownAssignment)))
			.replace("{assignment.own}", String.valueOf(ownAssignment))
			.replace("{assignment.other.version}", String.valueOf(assignmentVersion(otherAssignment)))
			.replace("{assignment.other}", String.valueOf(otherAssignment))
			.replace("{assignment.DTTS}", String.valueOf(assignment("NAM_NHUN", "DTTS", "1655/QĐ-UBND")))
			.replace("{viewer.version}", String.valueOf(viewer.getVersion()))
			.replace("{viewer}", String.valueOf(viewer.getId()))
			.replace("{narrative.NTM.version}", String.valueOf(ntmParagraph.getVersion()))
			.replace("{narrative.NTM}", String.valueOf(ntmParagraph.getId()))
			.replace("{narrative.DTTS.version}", String.valueOf(dttsParagraph.getVersion()))
			.replace("{narrative.DTTS}", String.valueOf(dttsParagraph.getId()))
			.replace("{directive.NTM.version}", String.valueOf(onNtm.getVersion()))
			.replace("{directive.NTM}", String.valueOf(onNtm.getId()))
			.replace("{directive.other.version}", String.valueOf(onOthers.getVersion()))
			.replace("{directive.other}", String.valueOf(onOthers.getId()))
			.replace("{line.HUA_BUM.NTM}", String.valueOf(planLine("HUA_BUM", "NTM")))
			.replace("{line.HUA_BUM.GNBV}", String.valueOf(planLine("HUA_BUM", "GNBV")))
			.replace("{line.NAM_HANG.NTM}", String.valueOf(planLine("NAM_HANG", "NTM")))
			.replace("{program.NTM.version}",
					String.valueOf(
							this.jdbc.sql("select version from program where code = 'NTM'").query(Long.class).single()))
			.replace("{component.NTM.ND02.version}", String.valueOf(this.jdbc.sql(
					"select c.version from program_component c join program p on p.id = c.program_id where p.code = 'NTM' and c.code = 'ND02'")
				.query(Long.class)
				.single()));
	}

	private long planLine(String orgUnitCode, String programCode) {
		return this.jdbc.sql("""
				select min(pl.id) from plan_line pl
				join org_unit ou on ou.id = pl.org_unit_id
				join program p on p.id = pl.program_id
				where ou.code = :unit and p.code = :program and pl.plan_year = 2024
				""").param("unit", orgUnitCode).param("program", programCode).query(Long.class).single();
	}

	/**
	 * The unit's GNBV decision of May 2024: in an open quarter, outside the officer's
	 * program.
	 */
	private long decision(String unit) {
		return this.jdbc.sql("""
				select a.id from allocation a join plan_line l on l.id = a.plan_line_id
				join org_unit u on u.id = l.org_unit_id where u.code = :unit and a.decision_number = '1105/QĐ-UBND'
				""").param("unit", unit).query(Long.class).single();
	}

	/**
	 * A demo assignment of 2025, in an open quarter.
	 */
	private long assignment(String unit, String program, String number) {
		return this.jdbc
			.sql("""
					select a.id from assignment a join org_unit u on u.id = a.org_unit_id join program p on p.id = a.program_id
					where u.code = :unit and p.code = :program and a.decision_number = :number
					""")
			.param("unit", unit)
			.param("program", program)
			.param("number", number)
			.query(Long.class)
			.single();
	}

	private long assignmentVersion(long assignment) {
		return this.jdbc.sql("select version from assignment where id = :id")
			.param("id", assignment)
			.query(Long.class)
			.single();
	}

	private long column(String column, long decision) {
		return this.jdbc.sql("select " + column + " from allocation where id = :id")
			.param("id", decision)
			.query(Long.class)
			.single();
	}

	private NarrativeEntry paragraphOf(String programCode) {
		return this.narrative.findAll()
			.stream()
			.filter(entry -> entry.getProgramId()
				.equals(this.jdbc.sql("select id from program where code = ?")
					.param(programCode)
					.query(Long.class)
					.single()))
			.min(Comparator.comparing(NarrativeEntry::getId))
			.orElseThrow();
	}

	private long ntmId() {
		return this.jdbc.sql("select id from program where code = 'NTM'").query(Long.class).single();
	}

	private Directive directive(boolean concerningNtm) {
		return this.directives.findAll()
			.stream()
			.filter(directive -> concerningNtm == directive.getProgramIds().contains(ntmId()))
			.min(Comparator.comparing(Directive::getId))
			.orElseThrow();
	}

}
