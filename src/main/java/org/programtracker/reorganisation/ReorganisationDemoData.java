package org.programtracker.reorganisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.programtracker.allocation.AllocationKind;
import org.programtracker.allocation.AllocationService;
import org.programtracker.allocation.DecisionCommand;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.carryover.CarryOverDecision;
import org.programtracker.carryover.CarryOverReview;
import org.programtracker.carryover.CarryOverService;
import org.programtracker.carryover.YearEndOutcomeKind;
import org.programtracker.disbursement.DisbursementService;
import org.programtracker.disbursement.EntryCommand;
import org.programtracker.kernel.DemoDataSet;
import org.programtracker.kernel.DemoFiles;
import org.programtracker.kernel.Money;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.program.ComponentKind;
import org.programtracker.program.ProgramChange;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Role;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The seed district after 1 July 2025 (files under {@code demo/reorganisation/}): its
 * communes merged into four new communes of the province of Lai Châu, its offices'
 * capital handed to the new commune of the former district seat and to the province's
 * department of agriculture, the district itself abolished into the province. The new
 * communes bear the names of real communes of the area; which old communes each one took
 * is a believable arrangement, not the official one. The old communes enter 2025 H1, the
 * new ones 2025 H2; the three programs' 2025 remainders are carried into 2026, beside the
 * merged 2026–2035 program. Everything goes through the services, as an administrator
 * would enter it.
 * <p>
 * The tests run on the seed district as it was ({@code app.demo.reorganisation=false});
 * {@code ReorganisationDemoDataTests} loads this part on top and checks it.
 */
@Component
@Order(12)
@ConditionalOnProperty(name = "app.demo.reorganisation", havingValue = "true", matchIfMissing = true)
class ReorganisationDemoData implements DemoDataSet {

	static final String RESOLUTION = "1670/NQ-UBTVQH15";

	static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

	private static final AppUserPrincipal ADMINISTRATOR = new AppUserPrincipal(0, "admin", "", "Quản trị hệ thống",
			Role.ADMIN, null, null, true, false, Set.of());

	private final ReorganisationService reorganisations;

	private final OrgUnitService units;

	private final ProgramService programs;

	private final AllocationService allocations;

	private final DisbursementService entries;

	private final CarryOverService carryOver;

	ReorganisationDemoData(ReorganisationService reorganisations, OrgUnitService units, ProgramService programs,
			AllocationService allocations, DisbursementService entries, CarryOverService carryOver) {
		this.reorganisations = reorganisations;
		this.units = units;
		this.programs = programs;
		this.allocations = allocations;
		this.entries = entries;
		this.carryOver = carryOver;
	}

	@Override
	public void load() {
		createTheProvincesUnits();
		createTheMergedProgram();
		decisions("allocations-2025-h1.csv");
		entries("disbursements-2025-h1.csv");
		for (Map<String, String> row : DemoFiles.read("reorganisation/mergers.csv")) {
			this.reorganisations.apply(ADMINISTRATOR, new ReorganisationRequest(ReorganisationKind.MERGE,
					row.get("unit"), row.get("into"), EFFECTIVE, RESOLUTION, null, null));
		}
		decisions("allocations-2025-h2.csv");
		entries("disbursements-2025-h2.csv");
		CarryOverReview review = this.carryOver.review(ADMINISTRATOR, 2025, null);
		Map<Long, YearEndOutcomeKind> choices = new LinkedHashMap<>();
		// the year's own capital is carried once; what was already carried into 2025
		// lapses
		review.candidates()
			.forEach(line -> choices.put(line.lineId(),
					(line.originYear() == 2025) ? YearEndOutcomeKind.CARRIED_OVER : YearEndOutcomeKind.LAPSED));
		this.carryOver.confirm(ADMINISTRATOR, 2025, null,
				new CarryOverDecision("98/QĐ-UBND", LocalDate.of(2026, 2, 12), null, choices));
		decisions("allocations-2026.csv");
		entries("disbursements-2026.csv");
	}

	private void createTheProvincesUnits() {
		int order = (int) this.units.count();
		for (Map<String, String> row : DemoFiles.read("reorganisation/org-units.csv")) {
			OrgUnitView parent = row.get("parent").isEmpty() ? null
					: this.units.findByCode(row.get("parent")).orElseThrow();
			this.units.create(row.get("code"), row.get("name"), OrgUnitKind.valueOf(row.get("kind")),
					(parent == null) ? null : parent.id(), LocalDate.parse(row.get("valid_from")), order++);
		}
	}

	/**
	 * The merged program follows the three programs from 2026; the ethnic-minority
	 * program ends with its first phase.
	 */
	private void createTheMergedProgram() {
		ProgramView ethnicMinorities = this.programs.findByCode("DTTS").orElseThrow();
		this.programs.changeYears(ethnicMinorities.id(), ethnicMinorities.startYear(), 2025);
		for (Map<String, String> row : DemoFiles.read("reorganisation/programs.csv")) {
			this.programs.create(row.get("code"),
					new ProgramChange(row.get("name_vi"), row.get("name_en"),
							this.units.findByCode(row.get("standing_agency")).orElseThrow().id(),
							Integer.valueOf(row.get("start_year")), Integer.valueOf(row.get("end_year")), false, null));
		}
		for (Map<String, String> row : DemoFiles.read("reorganisation/components.csv")) {
			ProgramView program = this.programs.findByCode(row.get("program")).orElseThrow();
			this.programs.createComponent(program, null, row.get("code"), ComponentKind.valueOf(row.get("kind")),
					row.get("name_vi"), row.get("name_en"), 0);
		}
	}

	private void decisions(String file) {
		for (Map<String, String> row : DemoFiles.read("reorganisation/" + file)) {
			this.allocations.create(ADMINISTRATOR,
					new DecisionCommand(PlanLineKey.ofColumns(row), AllocationKind.valueOf(row.get("kind")),
							row.get("decision_number"), LocalDate.parse(row.get("decision_date")),
							millions(row.get("amount_million")), row.get("note")));
		}
	}

	private void entries(String file) {
		for (Map<String, String> row : DemoFiles.read("reorganisation/" + file)) {
			this.entries.set(ADMINISTRATOR, PlanLineKey.ofColumns(row), Integer.parseInt(row.get("quarter")),
					EntryCommand.amount(millions(row.get("amount_million"))));
		}
	}

	private static BigDecimal millions(String text) {
		return Money.fromMillions(new BigDecimal(text));
	}

}
