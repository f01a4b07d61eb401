package org.programtracker.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.programtracker.allocation.CapitalType;
import org.programtracker.directive.Directive;
import org.programtracker.directive.DirectiveRepository;
import org.programtracker.narrative.NarrativeEntry;
import org.programtracker.narrative.NarrativeEntryRepository;
import org.programtracker.narrative.NarrativeSection;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.orgunit.OrgUnitRepository;
import org.programtracker.period.Quarter;
import org.programtracker.program.Program;
import org.programtracker.program.ProgramRepository;
import org.programtracker.report.PrintedFigure;
import org.programtracker.report.PrintedFigureRepository;
import org.programtracker.report.ReportHeader;
import org.programtracker.report.ReportHeaderRepository;
import org.programtracker.kernel.DemoMode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, adds the seed district's first review conference of 2024 (held on 2
 * April): the report header, each program's difficulties and key tasks, the chairman's
 * directives with their follow-up, and the lines of the published report as printed,
 * including its slip (39,7% printed for a line whose amounts give 41,1%).
 */
@Component
@Order(11)
class ReviewDemoData implements ApplicationRunner {

	private static final Quarter REVIEWED = new Quarter(2024, 1);

	private static final String DISTRICT = "NAM_NHUN";

	private final DemoMode demoMode;

	private final OrgUnitRepository orgUnits;

	private final ProgramRepository programs;

	private final NarrativeEntryRepository narrative;

	private final DirectiveRepository directives;

	private final ReportHeaderRepository headers;

	private final PrintedFigureRepository printedFigures;

	ReviewDemoData(DemoMode demoMode, OrgUnitRepository orgUnits, ProgramRepository programs,
			NarrativeEntryRepository narrative, DirectiveRepository directives, ReportHeaderRepository headers,
			PrintedFigureRepository printedFigures) {
		this.demoMode = demoMode;
		this.orgUnits = orgUnits;
		this.programs = programs;
		this.narrative = narrative;
		this.directives = directives;
		this.headers = headers;
		this.printedFigures = printedFigures;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.demoMode.isEnabled() || this.headers.count() > 0) {
			return;
		}
		OrgUnit district = this.orgUnits.findByCode(DISTRICT).orElse(null);
		if (district == null) {
			return;
		}
		this.headers.save(new ReportHeader(district, "UBND HUYỆN NẬM NHÙN", "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG",
				"BC-BCĐ", "Nậm Nhùn", "TM. BAN CHỈ ĐẠO|TRƯỞNG BAN", ""));
		loadNarrative(district);
		loadDirectives(district);
		loadPrintedFigures(district);
	}

	private void loadNarrative(OrgUnit district) {
		int position = 0;
		for (Map<String, String> row : DemoFiles.read("narrative.csv")) {
			NarrativeEntry entry = new NarrativeEntry(district, program(row.get("program")), REVIEWED,
					NarrativeSection.valueOf(row.get("section")), ++position);
			entry.write(row.get("text"), "admin",
					LocalDate.of(2024, 3, 28).atTime(9, 0).toInstant(ZoneOffset.ofHours(7)));
			this.narrative.save(entry);
		}
	}

	private void loadDirectives(OrgUnit district) {
		for (Map<String, String> row : DemoFiles.read("directives.csv")) {
			Directive directive = new Directive(district, REVIEWED, "admin",
					LocalDate.of(2024, 4, 2).atTime(17, 0).toInstant(ZoneOffset.ofHours(7)));
			Set<Program> concerned = new LinkedHashSet<>();
			Arrays.stream(row.get("programs").split(" ")).map(this::program).forEach(concerned::add);
			OrgUnit responsibleUnit = row.get("responsible_unit").isEmpty() ? null
					: this.orgUnits.findByCode(row.get("responsible_unit")).orElseThrow();
			Set<OrgUnit> concernedUnits = new LinkedHashSet<>();
			Arrays.stream(row.get("concerned_units").split(" "))
				.filter(code -> !code.isEmpty())
				.map(code -> this.orgUnits.findByCode(code).orElseThrow())
				.forEach(concernedUnits::add);
			directive.describe(row.get("text"), concerned, concernedUnits, responsibleUnit, row.get("responsible"),
					date(row.get("deadline")));
			if (!row.get("note").isEmpty()) {
				directive.note(date(row.get("note_date")), row.get("note"), "admin");
			}
			if (!row.get("done_on").isEmpty()) {
				directive.markDone(date(row.get("done_on")));
			}
			this.directives.save(directive);
		}
	}

	private void loadPrintedFigures(OrgUnit district) {
		for (Map<String, String> row : DemoFiles.read("printed-figures.csv")) {
			PrintedFigure figure = new PrintedFigure(district, program(row.get("program")),
					CapitalType.valueOf(row.get("capital_type")), REVIEWED);
			figure.record(number(row.get("plan_million")), number(row.get("disbursed_million")),
					number(row.get("percent")), "Báo cáo của Ban Chỉ đạo huyện, hội nghị ngày 02/4/2024");
			this.printedFigures.save(figure);
		}
	}

	private Program program(String code) {
		return this.programs.findByCode(code).orElseThrow(() -> new IllegalStateException("No demo program " + code));
	}

	private static LocalDate date(String text) {
		return text.isEmpty() ? null : LocalDate.parse(text);
	}

	private static BigDecimal number(String text) {
		return text.isEmpty() ? null : new BigDecimal(text);
	}

}
