package org.programtracker.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.programtracker.directive.internal.Directive;
import org.programtracker.directive.internal.DirectiveRepository;
import org.programtracker.narrative.internal.NarrativeEntry;
import org.programtracker.narrative.internal.NarrativeEntryRepository;
import org.programtracker.security.internal.AppUser;
import org.programtracker.security.internal.AppUserRepository;
import org.programtracker.support.CsvFiles;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access matrix's tables ({@code security/access-matrix.csv} for pages and endpoints
 * with their parameters, {@code security/access-matrix-json.csv} for API endpoints that
 * take a JSON body) and the placeholders of their paths, read against the demo district.
 */
final class AccessMatrix {

	static final List<String> TABLES = List.of("security/access-matrix.csv", "security/access-matrix-json.csv");

	private final AppUserRepository userRepository;

	private final NarrativeEntryRepository narrative;

	private final DirectiveRepository directives;

	private final JdbcClient jdbc;

	AccessMatrix(AppUserRepository userRepository, NarrativeEntryRepository narrative, DirectiveRepository directives,
			JdbcClient jdbc) {
		this.userRepository = userRepository;
		this.narrative = narrative;
		this.directives = directives;
		this.jdbc = jdbc;
	}

	/**
	 * The lines of both tables: pages and endpoints with parameters, and API endpoints
	 * that take a JSON body (in the last column of their own table).
	 */
	static List<Map<String, String>> rows() throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		for (String table : TABLES) {
			try (InputStream input = new ClassPathResource(table).getInputStream()) {
				rows.addAll(CsvFiles.read(input));
			}
		}
		return rows;
	}

	/**
	 * The path with its placeholders ({@code {viewer}},
	 * {@code {decision.own.version}}...) replaced by the ids and versions of the demo
	 * rows they name.
	 */
	String resolve(String path) {
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
