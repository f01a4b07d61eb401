package org.programtracker.report;

import org.programtracker.report.internal.PrintedFigureRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.programtracker.directive.DirectiveService;
import org.programtracker.narrative.NarrativeService;
import org.programtracker.narrative.ProgramNarrative;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.period.PeriodService;
import org.programtracker.allocation.FundingSource;
import org.programtracker.progress.Figures;
import org.programtracker.report.QuarterlySummary.SourceSplit;
import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.progress.ProgressReport;
import org.programtracker.progress.ProgressRow;
import org.programtracker.progress.ProgressService;
import org.programtracker.progress.ProgramSeries;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramService;
import org.programtracker.report.QuarterlySummary.PrintedCheck;
import org.programtracker.report.QuarterlySummary.ProgramSection;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.kernel.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the quarterly summary of an org unit from the same services as the pages and
 * the API, so that the printed figures are the ones everybody else sees.
 */
@Service
@Transactional(readOnly = true)
public class QuarterlySummaryService {

	private final ProgressService progress;

	private final NarrativeService narratives;

	private final DirectiveService directives;

	private final OrgUnitService orgUnits;

	private final ReportHeaders headers;

	private final PrintedFigureRepository printedFigures;

	private final PeriodService periods;

	private final SummarySentences sentences;

	private final SummarySnapshots snapshots;

	private final ProgramService programs;

	private final Clock clock;

	QuarterlySummaryService(ProgressService progress, NarrativeService narratives, DirectiveService directives,
			OrgUnitService orgUnits, ReportHeaders headers, PrintedFigureRepository printedFigures,
			PeriodService periods, SummarySentences sentences, SummarySnapshots snapshots, ProgramService programs,
			Clock clock) {
		this.progress = progress;
		this.narratives = narratives;
		this.directives = directives;
		this.orgUnits = orgUnits;
		this.headers = headers;
		this.printedFigures = printedFigures;
		this.periods = periods;
		this.sentences = sentences;
		this.snapshots = snapshots;
		this.programs = programs;
		this.clock = clock;
	}

	/**
	 * The summary of an org unit for a quarter. For a closed quarter it is frozen: the
	 * progress table is the one first printed after closing, and directives stand as they
	 * did on the closing date, so that a reprint says exactly what the conference read.
	 */
	@Transactional
	public QuarterlySummary summary(AppUserPrincipal user, String orgUnitCode, Quarter quarter, Locale locale) {
		OrgUnitView unit = this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate());
		Instant closedAt = this.periods.closedAt(quarter).orElse(null);
		ProgressReport report = (closedAt == null) ? this.progress.byProgram(user.scope(), unit.code(), quarter)
				: frozen(user, unit, quarter, closedAt);
		LocalDate issuedOn = LocalDate.ofInstant((closedAt != null) ? closedAt : this.clock.instant(),
				this.clock.getZone());
		return new QuarterlySummary(quarter, this.headers.of(unit, quarter, locale), issuedOn, closedAt, report,
				yearOnYear(user, unit, quarter, locale),
				programSections(report, this.narratives.forQuarter(user, unit.code(), quarter), locale),
				this.directives.register(user.scope(), unit.code(), quarter, null, null, issuedOn),
				printedChecks(user, unit, quarter, report), bySource(user, unit, quarter));
	}

	/**
	 * The year's own capital cumulated to the quarter beside the same quarter of the year
	 * before, over the tree of this quarter: a merged unit is compared with the sum of
	 * the units it came from. Nothing to say when the year before held no plan.
	 */
	private String yearOnYear(AppUserPrincipal user, OrgUnitView unit, Quarter quarter, Locale locale) {
		if (quarter.isExtension()) {
			return null;
		}
		Quarter lastYear = quarter.previousYear();
		List<ProgramSeries> before = this.progress.cumulativeByProgram(user.scope(), unit.code(), lastYear, quarter);
		Figures then = before.get(before.size() - 1).latest();
		if (then.planVnd().signum() == 0) {
			return null;
		}
		List<ProgramSeries> now = this.progress.cumulativeByProgram(user.scope(), unit.code(), quarter);
		return this.sentences.yearOnYear(lastYear, then, quarter, now.get(now.size() - 1).latest(), locale);
	}

	private List<SourceSplit> bySource(AppUserPrincipal user, OrgUnitView unit, Quarter quarter) {
		return Arrays.stream(FundingSource.values()).map(source -> {
			ProgressReport report = this.progress.byProgram(user.scope(), unit.code(), quarter, source);
			return new SourceSplit(source, report.totalsByCapitalType(), report.total());
		}).toList();
	}

	/**
	 * The snapshot holds every program of the unit, whoever printed first; a program
	 * officer then sees only the rows of their own programs.
	 */
	private ProgressReport frozen(AppUserPrincipal user, OrgUnitView unit, Quarter quarter, Instant closedAt) {
		ProgressReport whole = this.snapshots.find(unit, quarter, closedAt).orElseGet(() -> {
			ProgressReport live = this.progress.byProgram(OrgUnitScope.EVERYTHING, unit.code(), quarter);
			this.snapshots.save(unit, closedAt, live);
			return live;
		});
		if (!user.scope().limitsPrograms()) {
			return whole;
		}
		Set<String> visible = this.programs.allPrograms()
			.stream()
			.filter(program -> user.scope().covers(program.id()))
			.map(ProgramView::code)
			.collect(Collectors.toSet());
		return whole.onlyItems(visible::contains);
	}

	private List<ProgramSection> programSections(ProgressReport report, List<ProgramNarrative> narratives,
			Locale locale) {
		Map<String, List<String>> sentencesByProgram = new LinkedHashMap<>();
		for (ProgressRow row : report.rows()) {
			sentencesByProgram.computeIfAbsent(row.code(), code -> new ArrayList<>())
				.add(this.sentences.sentence(row, false, locale));
		}
		for (ProgressRow row : report.carriedOver()) {
			sentencesByProgram.computeIfAbsent(row.code(), code -> new ArrayList<>())
				.add(this.sentences.sentence(row, true, locale));
		}
		List<ProgramSection> sections = new ArrayList<>();
		for (ProgramNarrative narrative : narratives) {
			sections.add(new ProgramSection(QuarterlySummary.roman(sections.size() + 2), narrative.programCode(),
					narrative.programName(), sentencesByProgram.getOrDefault(narrative.programCode(), List.of()),
					narrative));
		}
		return sections;
	}

	private List<PrintedCheck> printedChecks(AppUserPrincipal user, OrgUnitView unit, Quarter quarter,
			ProgressReport report) {
		Map<Long, String> codes = this.programs.codesById();
		return this.printedFigures.findByOrgUnitIdAndYearAndQuarter(unit.id(), quarter.year(), quarter.quarter())
			.stream()
			.filter(printed -> user.scope().covers(printed.getProgramId()))
			.map(printed -> {
				String programCode = codes.get(printed.getProgramId());
				Figures recorded = report.rows()
					.stream()
					.filter(row -> programCode.equals(row.code()) && row.capitalType() == printed.getCapitalType())
					.map(ProgressRow::figures)
					.findFirst()
					.orElse(Figures.ZERO);
				BigDecimal plan = millionsOrZero(printed.getPlanMillion());
				BigDecimal disbursed = millionsOrZero(printed.getDisbursedMillion());
				boolean differs = plan.compareTo(recorded.planVnd()) != 0
						|| disbursed.compareTo(recorded.disbursedVnd()) != 0;
				return new PrintedCheck(programCode, printed.getCapitalType(), printed.getPlanMillion(),
						printed.getDisbursedMillion(), printed.getPercent(), printed.getSource(),
						PercentOfPlan.printedAgrees(printed.getPercent(), disbursed, plan),
						PercentOfPlan.of(disbursed, plan), differs);
			})
			.toList();
	}

	private static BigDecimal millionsOrZero(BigDecimal millions) {
		return (millions == null) ? BigDecimal.ZERO : Money.fromMillions(millions);
	}

}
