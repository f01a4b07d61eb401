package org.programtracker.report;

import org.programtracker.report.internal.PrintedFigure;

import org.programtracker.report.internal.PrintedFigureRepository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.programtracker.allocation.CapitalType;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramService;
import org.programtracker.progress.Figures;
import org.programtracker.progress.ProgressRow;
import org.programtracker.progress.ProgressService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.LocalizedName;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lines of a published report, typed in from paper to be checked: one per line of the
 * summary's progress table, kept in million đồng and percent exactly as printed.
 */
@Service
@Transactional(readOnly = true)
public class PrintedFigures {

	private final PrintedFigureRepository figures;

	private final ProgressService progress;

	private final OrgUnitService orgUnits;

	private final ProgramService programs;

	PrintedFigures(PrintedFigureRepository figures, ProgressService progress, OrgUnitService orgUnits,
			ProgramService programs) {
		this.figures = figures;
		this.progress = progress;
		this.orgUnits = orgUnits;
		this.programs = programs;
	}

	/**
	 * One line per line of the summary's progress table, with what was typed for it so
	 * far (if anything) and the version read.
	 */
	public Sheet sheet(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		Permissions.requireReviewWriter(user);
		OrgUnitView unit = this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate());
		Map<String, PrintedFigure> typed = typed(unit, quarter);
		List<Line> lines = this.progress.byProgram(user.scope(), unit.code(), quarter)
			.rows()
			.stream()
			.map(row -> line(row, typed.get(key(row.code(), row.capitalType()))))
			.toList();
		String source = typed.values()
			.stream()
			.map(PrintedFigure::getSource)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse("");
		return new Sheet(unit.code(), unit.name(), quarter, source, lines);
	}

	/**
	 * Keeps what was typed, all lines in one transaction: a line left blank forgets what
	 * was typed for it. Nothing is written when any line was saved by someone else since
	 * it was read.
	 */
	@Transactional
	public void record(AppUserPrincipal user, String orgUnitCode, Quarter quarter, String source, List<Typed> lines) {
		Permissions.requireReviewWriter(user);
		OrgUnitView unit = this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate());
		Map<String, PrintedFigure> typed = typed(unit, quarter);
		for (Typed line : lines) {
			program(user, line.programCode());
			PrintedFigure existing = typed.get(key(line.programCode(), line.capitalType()));
			Long versionNow = (existing != null) ? existing.getVersion() : null;
			if (!Objects.equals(versionNow, line.versionRead())) {
				throw new ObjectOptimisticLockingFailureException(PrintedFigure.class, line.programCode());
			}
		}
		for (Typed line : lines) {
			PrintedFigure existing = typed.get(key(line.programCode(), line.capitalType()));
			if (line.isBlank()) {
				if (existing != null) {
					this.figures.delete(existing);
				}
				continue;
			}
			PrintedFigure figure = (existing != null) ? existing
					: new PrintedFigure(unit.id(), program(user, line.programCode()).id(), line.capitalType(), quarter);
			figure.record(line.planMillion(), line.disbursedMillion(), line.percent(),
					(source == null || source.isBlank()) ? null : source.strip());
			this.figures.save(figure);
		}
	}

	private Map<String, PrintedFigure> typed(OrgUnitView unit, Quarter quarter) {
		Map<Long, String> codes = this.programs.codesById();
		return this.figures.findByOrgUnitIdAndYearAndQuarter(unit.id(), quarter.year(), quarter.quarter())
			.stream()
			.collect(Collectors.toMap(figure -> key(codes.get(figure.getProgramId()), figure.getCapitalType()),
					Function.identity()));
	}

	/**
	 * A program the user may type lines for: a program officer only their own programs'.
	 */
	private ProgramView program(AppUserPrincipal user, String code) {
		return this.programs.findByCode(code)
			.filter(program -> user.scope().covers(program.id()))
			.orElseThrow(() -> new NotFoundException("program", code));
	}

	private static Line line(ProgressRow row, PrintedFigure typed) {
		return new Line(row.code(), row.name(), row.capitalType(), row.figures(),
				(typed != null) ? typed.getPlanMillion() : null, (typed != null) ? typed.getDisbursedMillion() : null,
				(typed != null) ? typed.getPercent() : null, (typed != null) ? typed.getVersion() : null);
	}

	private static String key(String programCode, CapitalType capitalType) {
		return programCode + "/" + capitalType;
	}

	/**
	 * The lines to type for an org unit's quarter.
	 */
	public record Sheet(String orgUnitCode, String orgUnitName, Quarter quarter, String source, List<Line> lines) {

	}

	/**
	 * A line of the summary, its recorded figures and what was typed for it
	 * ({@code null}s: nothing yet).
	 */
	public record Line(String programCode, LocalizedName programName, CapitalType capitalType, Figures recorded,
			BigDecimal planMillion, BigDecimal disbursedMillion, BigDecimal percent, Long version) {

	}

	/**
	 * A line as typed: million đồng and percent as printed, and the version read.
	 */
	public record Typed(String programCode, CapitalType capitalType, BigDecimal planMillion,
			BigDecimal disbursedMillion, BigDecimal percent, Long versionRead) {

		boolean isBlank() {
			return this.planMillion == null && this.disbursedMillion == null && this.percent == null;
		}

	}

}
