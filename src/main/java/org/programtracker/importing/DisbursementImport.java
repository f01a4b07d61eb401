package org.programtracker.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.programtracker.allocation.CarriedLineClosedException;
import org.programtracker.allocation.PlanLine;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.disbursement.DisbursementService;
import org.programtracker.disbursement.EntryCommand;
import org.programtracker.disbursement.EntryValues;
import org.programtracker.disbursement.EntryWarning;
import org.programtracker.importing.DisbursementSheet.SheetRow;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.ClosedPeriodException;
import org.programtracker.period.PeriodService;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.programtracker.kernel.Formats;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A quarter's disbursements (or a plan year's extension period's) imported from a sheet,
 * all or nothing: every row is checked with the same rules as the grid (scope, closed
 * quarter or extension period, advances, warnings confirmed by a note), every problem of
 * every row is reported at once, and only a sheet without any problem is kept, in one
 * transaction, through the audited write service.
 */
@Service
public class DisbursementImport {

	private final DisbursementService disbursements;

	private final PlanLineService planLines;

	private final PeriodService periods;

	private final OrgUnitService orgUnits;

	private final MessageSource messages;

	private final Formats formats;

	private final DataSource dataSource;

	@PersistenceContext
	private EntityManager entityManager;

	private final MeterRegistry meters;

	DisbursementImport(DisbursementService disbursements, PlanLineService planLines, PeriodService periods,
			OrgUnitService orgUnits, MessageSource messages, Formats formats, DataSource dataSource,
			MeterRegistry meters) {
		this.dataSource = dataSource;
		this.meters = meters;
		this.disbursements = disbursements;
		this.planLines = planLines;
		this.periods = periods;
		this.orgUnits = orgUnits;
		this.messages = messages;
		this.formats = formats;
	}

	/**
	 * Imports the sheet's entries for the quarter; answers what each row did.
	 * @throws ImportRejectedException with every problem found, when nothing was kept
	 */
	@Transactional(rollbackFor = ImportRejectedException.class)
	public ImportOutcome importSheet(AppUserPrincipal user, Quarter quarter, InputStream xlsx, Locale locale) {
		ImportOutcome outcome;
		try {
			outcome = run(user, quarter, xlsx, locale, false);
		}
		catch (ImportRejectedException rejected) {
			imports("rejected").increment();
			throw rejected;
		}
		// counted once the import is committed, not when it is rolled back later
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				imports("imported").increment();
			}
		});
		return outcome;
	}

	/**
	 * {@code program_tracker_imports_total} at {@code /actuator/prometheus}: the imports
	 * committed and those refused whole.
	 */
	private Counter imports(String outcome) {
		return Counter.builder("program.tracker.imports")
			.description("Disbursement sheets imported (committed) or rejected whole")
			.tag("outcome", outcome)
			.register(this.meters);
	}

	/**
	 * What importing the sheet would do, row by row, with every rule of the import
	 * applied: the whole import runs after a savepoint of the transaction and is rolled
	 * back to it, so it sees what its caller's transaction sees and keeps nothing.
	 * @throws ImportRejectedException with every problem found
	 */
	@Transactional(rollbackFor = ImportRejectedException.class)
	public ImportOutcome preview(AppUserPrincipal user, Quarter quarter, InputStream xlsx, Locale locale) {
		this.entityManager.flush();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		Savepoint before;
		try {
			before = connection.setSavepoint();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("A savepoint for the import's preview", ex);
		}
		try {
			ImportOutcome outcome = run(user, quarter, xlsx, locale, true);
			this.entityManager.flush();
			return outcome;
		}
		finally {
			try {
				connection.rollback(before);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Rolling the import's preview back", ex);
			}
			// what the rolled-back run loaded or changed is not what the database holds
			this.entityManager.clear();
		}
	}

	private ImportOutcome run(AppUserPrincipal user, Quarter quarter, InputStream xlsx, Locale locale, boolean dryRun) {
		Permissions.requireFigureEditor(user);
		try {
			this.periods.requireOpen(quarter);
		}
		catch (ClosedPeriodException ex) {
			throw new ImportRejectedException(List.of(closed(0, ex)));
		}
		DisbursementSheet.Reading reading = DisbursementSheet.read(xlsx, locale);
		List<ImportProblem> problems = new ArrayList<>(reading.problems());
		List<ImportOutcome.RowOutcome> outcomes = new ArrayList<>();
		for (SheetRow row : reading.rows()) {
			try {
				PlanLineKey key = new PlanLineKey(row.orgUnit(), row.program(), row.component(), row.capitalType(),
						row.fundingSource(), quarter.year(), row.originYear());
				PlanLine line = this.planLines.findOrCreate(user.scope(), key);
				Set<EntryWarning> warnings = this.disbursements.warningsOf(line, quarter.quarter(), row.amountVnd());
				if (!warnings.isEmpty() && row.note() == null) {
					EntryWarning warning = warnings.iterator().next();
					problems.add(ImportProblem.of(row.number(), SheetColumn.NOTE.header(), warning.messageKey()));
					continue;
				}
				EntryValues before = this.disbursements.entryOn(line.getId(), quarter.quarter()).orElse(null);
				this.disbursements.set(user, key, quarter.quarter(),
						new EntryCommand(row.amountVnd(), row.advanceVnd(), row.recoveredVnd(), row.note(), null));
				EntryValues after = this.disbursements.entryOn(line.getId(), quarter.quarter()).orElseThrow();
				ImportOutcome.Action action = (before == null) ? ImportOutcome.Action.CREATE
						: before.sameAs(after) ? ImportOutcome.Action.SAME : ImportOutcome.Action.CHANGE;
				outcomes.add(new ImportOutcome.RowOutcome(row.number(), line.getOrgUnit().getCode(),
						line.getProgram().getCode(),
						(line.getComponent() == null) ? null : line.getComponent().getCode(), line.getCapitalType(),
						line.getOriginYear(), action, before, after));
			}
			catch (RuleViolationException ex) {
				problems.add(ImportProblem.of(row.number(), SheetColumn.ofField(ex.getField()), ex.getMessageKey(),
						ex.getArguments()));
			}
			catch (NotFoundException ex) {
				problems.add(ImportProblem.of(row.number(), SheetColumn.ofField(ex.getWhat()), "import.notFound",
						ex.getKey()));
			}
			catch (ClosedPeriodException ex) {
				problems.add(closed(row.number(), ex));
			}
			catch (CarriedLineClosedException ex) {
				problems.add(ImportProblem.of(row.number(), SheetColumn.AMOUNT.header(), ex.getMessageKey(),
						ex.getMessageArguments(this.formats::date)));
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(ImportProblem::row));
			throw new ImportRejectedException(problems);
		}
		return new ImportOutcome(dryRun, outcomes);
	}

	private ImportProblem closed(int row, ClosedPeriodException ex) {
		return ImportProblem.of(row, "", ex.getMessageKey(), ex.getMessageArguments(this.formats::date));
	}

	/**
	 * A sheet to fill in: the column codes, then one row per plan line of the unit's
	 * subtree for the quarter's year, with its codes filled in and amounts left empty.
	 */
	@Transactional(readOnly = true)
	public byte[] template(AppUserPrincipal user, String orgUnitCode, Quarter quarter, Locale locale) {
		Permissions.requireFigureEditor(user);
		OrgUnit unit = this.orgUnits.visibleUnit(user.scope(), orgUnitCode);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(quarter.isExtension()
					? this.messages.getMessage("import.sheetName.extension", new Object[] { quarter.year() }, locale)
					: this.messages.getMessage("import.sheetName", new Object[] { quarter.quarter(), quarter.year() },
							locale));
			Row header = sheet.createRow(0);
			SheetColumn[] columns = SheetColumn.values();
			for (int c = 0; c < columns.length; c++) {
				header.createCell(c).setCellValue(columns[c].header());
				sheet.setColumnWidth(c, 18 * 256);
			}
			int r = 1;
			for (PlanLine line : this.planLines.linesOf(unit, quarter.year())) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(line.getOrgUnit().getCode());
				row.createCell(1).setCellValue(line.getProgram().getCode());
				row.createCell(2).setCellValue((line.getComponent() != null) ? line.getComponent().getCode() : "");
				row.createCell(3).setCellValue(line.getCapitalType().name());
				row.createCell(4).setCellValue(line.getFundingSource().name());
				row.createCell(5).setCellValue(line.getOriginYear());
			}
			Sheet help = workbook.createSheet(this.messages.getMessage("import.helpSheet", null, locale));
			for (int c = 0; c < columns.length; c++) {
				Row row = help.createRow(c);
				row.createCell(0).setCellValue(columns[c].header());
				row.createCell(1)
					.setCellValue(this.messages.getMessage("import.column." + columns[c].header(), null, locale));
			}
			help.setColumnWidth(0, 20 * 256);
			help.setColumnWidth(1, 100 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
