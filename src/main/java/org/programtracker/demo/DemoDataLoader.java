package org.programtracker.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.programtracker.allocation.Allocation;
import org.programtracker.allocation.AllocationKind;
import org.programtracker.allocation.AllocationRepository;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.allocation.PlanLine;
import org.programtracker.allocation.PlanLineRepository;
import org.programtracker.disbursement.Disbursement;
import org.programtracker.disbursement.DisbursementRepository;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.orgunit.OrgUnitRepository;
import org.programtracker.period.Quarter;
import org.programtracker.period.ReportingPeriod;
import org.programtracker.period.ReportingPeriodRepository;
import org.programtracker.program.ComponentKind;
import org.programtracker.program.Program;
import org.programtracker.program.ProgramComponent;
import org.programtracker.program.ProgramComponentRepository;
import org.programtracker.program.ProgramRepository;
import org.programtracker.security.AppUser;
import org.programtracker.security.AppUserRepository;
import org.programtracker.security.Role;
import org.programtracker.kernel.DemoMode;
import org.programtracker.kernel.Money;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, fills an empty database with the seed district: Nậm Nhùn with its
 * township, communes and agencies, the three national target programs, and the allocation
 * decisions and quarterly entries from which the progress service computes the seed
 * report's figures. Nothing here stores a figure of the report itself.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

	static final String DEMO_PASSWORD = "demo";

	private static final ZoneOffset VIETNAM_TIME = ZoneOffset.ofHours(7);

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	/** Several instances may start together on one database: only one of them loads. */
	private static final long LOAD_LOCK = 0x50524f47L;

	private final DemoMode demoMode;

	private final JdbcClient jdbc;

	private final OrgUnitRepository orgUnits;

	private final ProgramRepository programs;

	private final ProgramComponentRepository components;

	private final PlanLineRepository planLines;

	private final AllocationRepository allocations;

	private final DisbursementRepository disbursements;

	private final ReportingPeriodRepository periods;

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	DemoDataLoader(DemoMode demoMode, JdbcClient jdbc, OrgUnitRepository orgUnits, ProgramRepository programs,
			ProgramComponentRepository components, PlanLineRepository planLines, AllocationRepository allocations,
			DisbursementRepository disbursements, ReportingPeriodRepository periods, AppUserRepository users,
			PasswordEncoder passwordEncoder) {
		this.demoMode = demoMode;
		this.jdbc = jdbc;
		this.orgUnits = orgUnits;
		this.programs = programs;
		this.components = components;
		this.planLines = planLines;
		this.allocations = allocations;
		this.disbursements = disbursements;
		this.periods = periods;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demoMode.isEnabled()) {
			return;
		}
		this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOAD_LOCK).query(Object.class).list();
		if (this.orgUnits.count() > 0) {
			return;
		}
		Map<String, OrgUnit> units = loadOrgUnits();
		Map<String, Program> programsByCode = loadPrograms(units);
		Map<String, ProgramComponent> componentsByKey = loadComponents(programsByCode);
		Map<String, PlanLine> lines = new HashMap<>();
		int decisions = loadAllocations(units, programsByCode, componentsByKey, lines);
		int entries = loadDisbursements(lines);
		closeReviewedQuarters();
		createDemoUsers(units, programsByCode);
		log.info("Loaded the demo district: {} org units, {} programs, {} plan lines, {} decisions, {} entries",
				units.size(), programsByCode.size(), lines.size(), decisions, entries);
	}

	private Map<String, OrgUnit> loadOrgUnits() {
		Map<String, OrgUnit> units = new HashMap<>();
		int order = 0;
		for (Map<String, String> row : DemoFiles.read("org-units.csv")) {
			OrgUnit parent = row.get("parent").isEmpty() ? null : units.get(row.get("parent"));
			OrgUnit unit = new OrgUnit(row.get("code"), row.get("name"), OrgUnitKind.valueOf(row.get("kind")), parent);
			unit.setSortOrder(order++);
			units.put(unit.getCode(), this.orgUnits.save(unit));
		}
		return units;
	}

	private Map<String, Program> loadPrograms(Map<String, OrgUnit> units) {
		Map<String, Program> result = new HashMap<>();
		int order = 0;
		for (Map<String, String> row : DemoFiles.read("programs.csv")) {
			Program program = new Program(row.get("code"), row.get("name_vi"), row.get("name_en"));
			program.setStandingAgency(units.get(row.get("standing_agency")));
			program.setYears(Integer.valueOf(row.get("start_year")), Integer.valueOf(row.get("end_year")));
			program.setSortOrder(order++);
			result.put(program.getCode(), this.programs.save(program));
		}
		return result;
	}

	private Map<String, ProgramComponent> loadComponents(Map<String, Program> programsByCode) {
		Map<String, ProgramComponent> result = new HashMap<>();
		int order = 0;
		for (Map<String, String> row : DemoFiles.read("components.csv")) {
			Program program = programsByCode.get(row.get("program"));
			ProgramComponent parent = row.get("parent").isEmpty() ? null
					: result.get(componentKey(program.getCode(), row.get("parent")));
			ProgramComponent component = new ProgramComponent(program, parent, row.get("code"),
					ComponentKind.valueOf(row.get("kind")), row.get("name_vi"), row.get("name_en"));
			component.setSortOrder(order++);
			result.put(componentKey(program.getCode(), component.getCode()), this.components.save(component));
		}
		return result;
	}

	private int loadAllocations(Map<String, OrgUnit> units, Map<String, Program> programsByCode,
			Map<String, ProgramComponent> componentsByKey, Map<String, PlanLine> lines) {
		List<Map<String, String>> rows = DemoFiles.read("allocations.csv");
		for (Map<String, String> row : rows) {
			PlanLine line = lines.computeIfAbsent(lineKey(row), key -> {
				Program program = programsByCode.get(row.get("program"));
				ProgramComponent component = componentsByKey.get(componentKey(program.getCode(), row.get("component")));
				return this.planLines.save(new PlanLine(units.get(row.get("org_unit")), program, component,
						CapitalType.valueOf(row.get("capital_type")), FundingSource.CENTRAL,
						Integer.parseInt(row.get("plan_year")), Integer.parseInt(row.get("origin_year"))));
			});
			Allocation allocation = new Allocation(line, AllocationKind.valueOf(row.get("kind")),
					row.get("decision_number"), LocalDate.parse(row.get("decision_date")),
					millions(row.get("amount_million")));
			allocation.setNote(row.get("note").isEmpty() ? null : row.get("note"));
			this.allocations.save(allocation);
		}
		return rows.size();
	}

	private int loadDisbursements(Map<String, PlanLine> lines) {
		List<Map<String, String>> rows = DemoFiles.read("disbursements.csv");
		for (Map<String, String> row : rows) {
			PlanLine line = lines.get(lineKey(row));
			if (line == null) {
				throw new IllegalStateException("A demo entry has no plan line: " + row);
			}
			Disbursement entry = new Disbursement(line, Integer.parseInt(row.get("quarter")));
			entry.record(millions(row.get("amount_million")), millions(row.get("advance_million")),
					millions(row.get("recovered_million")));
			this.disbursements.save(entry);
		}
		return rows.size();
	}

	/**
	 * The quarters of 2023 and the first of 2024 were reviewed at their conferences and
	 * closed.
	 */
	private void closeReviewedQuarters() {
		List.of(new Quarter(2023, 1), new Quarter(2023, 2), new Quarter(2023, 3), new Quarter(2023, 4),
				new Quarter(2024, 1))
			.forEach(quarter -> {
				ReportingPeriod period = new ReportingPeriod(quarter);
				period.close("admin", quarter.endDate().plusDays(5).atTime(16, 30).toInstant(VIETNAM_TIME));
				this.periods.save(period);
			});
	}

	private void createDemoUsers(Map<String, OrgUnit> units, Map<String, Program> programs) {
		String password = this.passwordEncoder.encode(DEMO_PASSWORD);
		this.users.save(new AppUser("admin", password, "Quản trị hệ thống", Role.ADMIN, null));
		this.users.save(new AppUser("editor", password, "Kế toán xã Hua Bum", Role.EDITOR, units.get("HUA_BUM")));
		this.users.save(new AppUser("viewer", password, "Ban Chỉ đạo huyện", Role.VIEWER, units.get("NAM_NHUN")));
		AppUser officer = new AppUser("officer", password, "Phòng Nông nghiệp và PTNT", Role.PROGRAM_OFFICER,
				units.get("PNN"));
		officer.assign(Role.PROGRAM_OFFICER, units.get("PNN"), Set.of(programs.get("NTM")));
		this.users.save(officer);
	}

	private static BigDecimal millions(String text) {
		return Money.fromMillions(new BigDecimal(text));
	}

	private static String componentKey(String program, String component) {
		return program + "/" + component;
	}

	private static String lineKey(Map<String, String> row) {
		return String.join("|", row.get("org_unit"), row.get("program"), row.get("component"), row.get("capital_type"),
				row.get("plan_year"), row.get("origin_year"));
	}

}
