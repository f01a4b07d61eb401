package org.programtracker.administration;

import java.util.List;
import java.util.Map;

import org.programtracker.administration.ProgramEvent.ProgramChanged;
import org.programtracker.administration.ProgramEvent.ProgramCreated;
import org.programtracker.administration.ProgramEvent.ProgramDeleted;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.program.ProgramChange;
import org.programtracker.program.ProgramService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.References.Referenced;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.kernel.LocalizedName;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the programs: administrators only. A new program counts in every report at once;
 * an archived one leaves progress and choices but keeps its figures. A program's code
 * never changes after creation: the API, imported sheets and the frozen summaries of
 * closed quarters name programs by their code.
 */
@Service
@Transactional(readOnly = true)
public class ProgramAdministration {

	private static final int MAX_NAME = 300;

	private static final int FIRST_YEAR = 1900;

	private static final int LAST_YEAR = 2200;

	private final ProgramService programs;

	private final OrgUnitService units;

	private final JdbcClient jdbc;

	private final PlanLineService planLines;

	private final Dependencies dependencies;

	private final ApplicationEventPublisher events;

	ProgramAdministration(ProgramService programs, OrgUnitService units, PlanLineService planLines, JdbcClient jdbc,
			Dependencies dependencies, ApplicationEventPublisher events) {
		this.events = events;
		this.planLines = planLines;
		this.programs = programs;
		this.units = units;
		this.jdbc = jdbc;
		this.dependencies = dependencies;
	}

	/**
	 * Every program, archived ones too, whose code or name in either language contains
	 * the query (ignoring case and Vietnamese diacritics), in their order.
	 */
	public List<ProgramSummary> search(AppUserPrincipal user, String query) {
		Permissions.requireAdmin(user);
		String wanted = Search.fold(query);
		Map<Long, Long> planLines = this.planLines.lineCountsByProgram();
		return this.jdbc.sql("""
				select p.id, p.code, p.name_vi, p.name_en, a.name as agency, p.start_year, p.end_year, p.archived,
				       (select count(*) from program_component c where c.program_id = p.id) as components
				from program p left join org_unit a on a.id = p.standing_agency_id
				order by p.sort_order, p.code
				""")
			.query((rs, row) -> new ProgramSummary(rs.getString("code"),
					new LocalizedName(rs.getString("name_vi"), rs.getString("name_en")), rs.getString("agency"),
					(Integer) rs.getObject("start_year"), (Integer) rs.getObject("end_year"), rs.getBoolean("archived"),
					rs.getLong("components"), planLines.getOrDefault(rs.getLong("id"), 0L)))
			.list()
			.stream()
			.filter(program -> wanted.isEmpty() || Search.fold(program.code()).contains(wanted)
					|| Search.fold(program.name().vi()).contains(wanted)
					|| Search.fold(program.name().en()).contains(wanted))
			.toList();
	}

	public ProgramView program(AppUserPrincipal user, String code) {
		Permissions.requireAdmin(user);
		org.programtracker.program.ProgramView program = find(code);
		return ProgramView.of(program, agencyOf(program));
	}

	/**
	 * A program with only its names, as the write API creates it.
	 */
	@Transactional
	public org.programtracker.program.ProgramView create(AppUserPrincipal user, String code, String nameVi,
			String nameEn) {
		return create(user, code, new ProgramDetails(nameVi, nameEn, null, null, null, false, null));
	}

	@Transactional
	public org.programtracker.program.ProgramView create(AppUserPrincipal user, String code, ProgramDetails details) {
		Permissions.requireAdmin(user);
		String checkedCode = Validation.code(code);
		if (this.programs.findByCode(checkedCode).isPresent()) {
			throw new RuleViolationException("code", "admin.codeTaken", checkedCode);
		}
		org.programtracker.program.ProgramView created = this.programs.create(checkedCode, change(details));
		this.events.publishEvent(
				new ProgramCreated(created.id(), audited(user, AuditAction.CREATE, created, null, describe(created))));
		return created;
	}

	/**
	 * Changes everything but the code, if nobody saved the program since the caller read
	 * it at {@code expectedVersion}.
	 */
	@Transactional
	public org.programtracker.program.ProgramView change(AppUserPrincipal user, String code, long expectedVersion,
			ProgramDetails details) {
		Permissions.requireAdmin(user);
		org.programtracker.program.ProgramView program = find(code);
		if (program.version() != expectedVersion) {
			throw new ConflictException("program", code);
		}
		Map<String, Object> before = describe(program);
		org.programtracker.program.ProgramView changed = this.programs.change(program.id(), change(details));
		Map<String, Object> after = describe(changed);
		if (!after.equals(before)) {
			this.events.publishEvent(
					new ProgramChanged(changed.id(), audited(user, AuditAction.CHANGE, changed, before, after)));
		}
		return changed;
	}

	/**
	 * What would stop the program from being deleted.
	 */
	public ProgramDependents dependents(AppUserPrincipal user, String code) {
		Permissions.requireAdmin(user);
		return dependentsOf(find(code));
	}

	/**
	 * Deletes a program that nothing depends on: no plan line, assignment, component,
	 * paragraph of the narrative, directive, printed figure or program officer. Anything
	 * else is refused (archiving keeps the figures and hides the program).
	 */
	@Transactional
	public void delete(AppUserPrincipal user, String code, long expectedVersion) {
		Permissions.requireAdmin(user);
		org.programtracker.program.ProgramView program = find(code);
		if (program.version() != expectedVersion) {
			throw new ConflictException("program", code);
		}
		if (!dependentsOf(program).isEmpty()) {
			throw new RuleViolationException(null, "program.delete.refused");
		}
		this.events.publishEvent(
				new ProgramDeleted(program.id(), audited(user, AuditAction.DELETE, program, describe(program), null)));
		this.programs.delete(program.id());
	}

	/**
	 * The audit row names the program by its id only, so that its history neither keeps
	 * it from being deleted nor vanishes with it.
	 */
	private static AuditedChange audited(AppUserPrincipal user, AuditAction action,
			org.programtracker.program.ProgramView program, Map<String, Object> before, Map<String, Object> after) {
		return new AuditedChange(user.username(), action, AuditSubject.PROGRAM, program.id(), null, null, null, null,
				before, after, null);
	}

	private Map<String, Object> describe(org.programtracker.program.ProgramView program) {
		OrgUnitView agency = agencyOf(program);
		return AuditedChange.fields("code", program.code(), "nameVi", program.name().vi(), "nameEn",
				program.name().en(), "standingAgency", (agency != null) ? agency.code() : null, "startYear",
				program.startYear(), "endYear", program.endYear(), "archived", program.archived(), "sortOrder",
				program.sortOrder());
	}

	private ProgramDependents dependentsOf(org.programtracker.program.ProgramView program) {
		Map<String, Long> counts = this.dependencies.countsOf(Referenced.PROGRAM, program.id());
		return new ProgramDependents(counts.getOrDefault("planLines", 0L), counts.getOrDefault("assignments", 0L),
				counts.getOrDefault("components", 0L), counts.getOrDefault("paragraphs", 0L),
				counts.getOrDefault("directives", 0L), counts.getOrDefault("printedFigures", 0L),
				counts.getOrDefault("officers", 0L));
	}

	/**
	 * The details checked, as the program service takes them.
	 */
	private ProgramChange change(ProgramDetails details) {
		String nameVi = Validation.name("nameVi", details.nameVi(), MAX_NAME);
		String nameEn = checkedEnglishName(details.nameEn());
		checkYear("startYear", details.startYear());
		checkYear("endYear", details.endYear());
		if (details.startYear() != null && details.endYear() != null && details.endYear() < details.startYear()) {
			throw new RuleViolationException("endYear", "program.endBeforeStart", details.startYear());
		}
		if (details.sortOrder() != null) {
			Validation.sortOrder(details.sortOrder());
		}
		OrgUnitView agency = agency(details.standingAgency());
		return new ProgramChange(nameVi, nameEn, (agency != null) ? agency.id() : null, details.startYear(),
				details.endYear(), details.archived(), details.sortOrder());
	}

	private OrgUnitView agencyOf(org.programtracker.program.ProgramView program) {
		return (program.standingAgencyId() == null) ? null
				: this.units.findById(program.standingAgencyId()).orElse(null);
	}

	private OrgUnitView agency(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return this.units.findByCode(code.strip())
			.orElseThrow(() -> new RuleViolationException("standingAgency", "program.noSuchAgency"));
	}

	private static void checkYear(String field, Integer year) {
		if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
			throw new RuleViolationException(field, "field.year");
		}
	}

	private static String checkedEnglishName(String nameEn) {
		if (nameEn != null && nameEn.strip().length() > MAX_NAME) {
			throw new RuleViolationException("nameEn", "field.tooLong", MAX_NAME);
		}
		return nameEn;
	}

	private org.programtracker.program.ProgramView find(String code) {
		return this.programs.findByCode(code).orElseThrow(() -> new NotFoundException("program", code));
	}

	/**
	 * What an administrator types about a program, besides its code. Blank years mean
	 * none; no sort order keeps the program where it is (a new one goes last).
	 */
	public record ProgramDetails(String nameVi, String nameEn, String standingAgency, Integer startYear,
			Integer endYear, boolean archived, Integer sortOrder) {

	}

	/**
	 * A line of the program list.
	 */
	public record ProgramSummary(String code, LocalizedName name, String standingAgency, Integer startYear,
			Integer endYear, boolean archived, long components, long planLines) {

	}

	/**
	 * A program as saved, for its form and its deletion page.
	 */
	public record ProgramView(String code, LocalizedName name, String standingAgencyCode, String standingAgencyName,
			Integer startYear, Integer endYear, boolean archived, int sortOrder, long version) {

		static ProgramView of(org.programtracker.program.ProgramView program, OrgUnitView agency) {
			return new ProgramView(program.code(), program.name(), (agency != null) ? agency.code() : null,
					(agency != null) ? agency.name() : null, program.startYear(), program.endYear(), program.archived(),
					program.sortOrder(), program.version());
		}

	}

	/**
	 * How many records of each kind name the program.
	 */
	public record ProgramDependents(long planLines, long assignments, long components, long paragraphs, long directives,
			long printedFigures, long officers) {

		public boolean isEmpty() {
			return this.planLines + this.assignments + this.components + this.paragraphs + this.directives
					+ this.printedFigures + this.officers == 0;
		}

	}

}
