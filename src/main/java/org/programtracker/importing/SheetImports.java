package org.programtracker.importing;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import org.programtracker.allocation.AllocationKind;
import org.programtracker.allocation.AllocationService;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.CarriedLineClosedException;
import org.programtracker.allocation.DecisionCommand;
import org.programtracker.allocation.FundingSource;
import org.programtracker.allocation.LineParts;
import org.programtracker.allocation.PlanLineView;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.assignment.AssignmentCommand;
import org.programtracker.assignment.AssignmentService;
import org.programtracker.assignment.AssignmentView;
import org.programtracker.audit.AuditTrail;
import org.programtracker.audit.AuditTrail.AuditRecord;
import org.programtracker.disbursement.DisbursementService;
import org.programtracker.disbursement.EntryChange;
import org.programtracker.disbursement.EntryCommand;
import org.programtracker.disbursement.EntryValues;
import org.programtracker.disbursement.EntryWarning;
import org.programtracker.importing.SheetReader.Cells;
import org.programtracker.importing.internal.ImportBatch;
import org.programtracker.importing.internal.ImportBatchRepository;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditBatch;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.FieldProblem;
import org.programtracker.kernel.Formats;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.kernel.StateConflictException;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.ClosedPeriodException;
import org.programtracker.period.PeriodService;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Imports a sheet, all or nothing: a quarter's disbursements, or a plan year's allocation
 * decisions or assignments. Every row goes through the same audited write service, with
 * the same rules, as what is typed on the pages (scope, closed and approved quarters, the
 * extension period, warnings confirmed by a note); every problem of every row is reported
 * at once; only a sheet without any problem is kept, in one transaction, as one batch of
 * the audit trail that can be undone as a whole while its figures can still change.
 */
@Service
public class SheetImports {

	private static final int BATCHES_LISTED = 20;

	private static final int ROWS_PER_FLUSH = 200;

	private final DisbursementService disbursements;

	private final AllocationService allocations;

	private final AssignmentService assignments;

	private final PlanLineService planLines;

	private final PeriodService periods;

	private final OrgUnitService orgUnits;

	private final AuditTrail audit;

	private final ImportBatchRepository batches;

	private final SheetVocabulary vocabulary;

	private final Formats formats;

	private final DataSource dataSource;

	private final Clock clock;

	private final MeterRegistry meters;

	@PersistenceContext
	private EntityManager entityManager;

	SheetImports(DisbursementService disbursements, AllocationService allocations, AssignmentService assignments,
			PlanLineService planLines, PeriodService periods, OrgUnitService orgUnits, AuditTrail audit,
			ImportBatchRepository batches, SheetVocabulary vocabulary, Formats formats, DataSource dataSource,
			Clock clock, MeterRegistry meters) {
		this.meters = meters;
		this.disbursements = disbursements;
		this.allocations = allocations;
		this.assignments = assignments;
		this.planLines = planLines;
		this.periods = periods;
		this.orgUnits = orgUnits;
		this.audit = audit;
		this.batches = batches;
		this.vocabulary = vocabulary;
		this.formats = formats;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/**
	 * Imports the sheet as one batch; answers what each row did.
	 * @throws ImportRejectedException with every problem found, when nothing was kept
	 */
	@Transactional(rollbackFor = ImportRejectedException.class)
	public ImportOutcome importSheet(AppUserPrincipal user, ImportRequest request, String fileName, InputStream file,
			Locale locale) {
		Permissions.requireFigureEditor(user);
		OrgUnitView unit = this.orgUnits.visibleUnit(user.scope(), request.orgUnit());
		ImportBatch batch = this.batches.saveAndFlush(new ImportBatch(request.kind(), unit.id(), request.year(),
				request.quarter(), fileNameOf(fileName), user.username(), Instant.now(this.clock)));
		ImportOutcome outcome;
		try {
			outcome = AuditBatch.within(batch.getId(), () -> run(user, request, file, locale, batch.getId()));
		}
		catch (ImportRejectedException rejected) {
			imports(request.kind(), "rejected").increment();
			throw rejected;
		}
		batch.counted((int) outcome.written());
		this.batches.saveAndFlush(batch);
		// counted once the import is committed, not when it is rolled back later
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				imports(request.kind(), "imported").increment();
			}
		});
		return outcome;
	}

	/**
	 * {@code program_tracker_imports_total} at {@code /actuator/prometheus}: the imports
	 * committed and those refused whole, by kind.
	 */
	private Counter imports(ImportKind kind, String outcome) {
		return Counter.builder("program.tracker.imports")
			.description("Sheets imported (committed) or rejected whole")
			.tag("outcome", outcome)
			.tag("kind", kind.name())
			.register(this.meters);
	}

	/**
	 * What importing the sheet would do, row by row, with every rule of the import
	 * applied: the import runs after a savepoint of the transaction and is rolled back to
	 * it, so it sees what its caller's transaction sees and keeps nothing (a quarter's
	 * entries are not even written: their outcome is worked out from what is stored).
	 * @throws ImportRejectedException with every problem found
	 */
	@Transactional(rollbackFor = ImportRejectedException.class)
	public ImportOutcome preview(AppUserPrincipal user, ImportRequest request, InputStream file, Locale locale) {
		Permissions.requireFigureEditor(user);
		this.orgUnits.visibleUnit(user.scope(), request.orgUnit());
		return rehearsed(() -> run(user, request, file, locale, null));
	}

	private <T> T rehearsed(Supplier<T> work) {
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
			T outcome = work.get();
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

	private ImportOutcome run(AppUserPrincipal user, ImportRequest request, InputStream file, Locale locale,
			Long batchId) {
		if (request.kind().perQuarter()) {
			try {
				this.periods.requireOpen(request.period());
			}
			catch (ClosedPeriodException ex) {
				throw new ImportRejectedException(List.of(closed(0, ex)));
			}
		}
		List<ImportProblem> problems = new ArrayList<>();
		List<Cells> rows = SheetReader.read(file, request.kind(), this.vocabulary, locale, problems);
		List<ImportOutcome.RowOutcome> outcomes = new ArrayList<>();
		if (request.kind() == ImportKind.DISBURSEMENTS) {
			outcomes.addAll(disbursements(user, request, rows, problems, batchId == null));
		}
		int done = 0;
		for (Cells row : (request.kind() == ImportKind.DISBURSEMENTS) ? List.<Cells>of() : rows) {
			if (++done % ROWS_PER_FLUSH == 0) {
				// what earlier rows wrote is in the database: checking it again at every
				// flush would cost more with every row
				this.entityManager.flush();
				this.entityManager.clear();
			}
			try {
				ImportOutcome.RowOutcome outcome = (request.kind() == ImportKind.DECISIONS)
						? decision(user, request, row) : assignment(user, request, row);
				if (outcome != null) {
					outcomes.add(outcome);
				}
			}
			catch (RuleViolationException | NotFoundException | ClosedPeriodException | CarriedLineClosedException
					| StateConflictException ex) {
				problems.add(problemOf(row.number(), ex));
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(ImportProblem::row));
			throw new ImportRejectedException(problems);
		}
		return new ImportOutcome(request.kind(), batchId == null, batchId, outcomes);
	}

	private PlanLineKey keyOf(ImportRequest request, Cells row) {
		String orgUnit = row.required(SheetColumn.ORG_UNIT);
		String program = row.required(SheetColumn.PROGRAM);
		CapitalType capitalType = row.constant(SheetColumn.CAPITAL_TYPE, CapitalType.class, true);
		FundingSource fundingSource = row.constant(SheetColumn.FUNDING_SOURCE, FundingSource.class, false);
		Integer originYear = row.year(SheetColumn.ORIGIN_YEAR);
		return new PlanLineKey(orgUnit, program, row.optional(SheetColumn.COMPONENT), capitalType, fundingSource,
				request.year(), originYear);
	}

	/**
	 * The problem a row's refusal makes: the column the refusal names, and the message
	 * the pages give.
	 */
	private ImportProblem problemOf(int row, RuntimeException refusal) {
		if (refusal instanceof RuleViolationException ex) {
			return ImportProblem.of(row, SheetColumn.ofField(ex.getField()).code(), ex.getMessageKey(),
					ex.getArguments());
		}
		if (refusal instanceof NotFoundException ex) {
			return ImportProblem.of(row, SheetColumn.ofField(ex.getWhat()).code(), "import.notFound", ex.getKey());
		}
		if (refusal instanceof ClosedPeriodException ex) {
			return closed(row, ex);
		}
		if (refusal instanceof CarriedLineClosedException ex) {
			return ImportProblem.of(row, SheetColumn.AMOUNT.code(), ex.getMessageKey(),
					ex.getMessageArguments(this.formats::date));
		}
		if (refusal instanceof StateConflictException ex) {
			return ImportProblem.of(row, "", ex.getMessageKey(), ex.getMessageArguments(this.formats::date));
		}
		throw refusal;
	}

	/**
	 * A quarter's entries, a set at a time: the rows' lines found or created together,
	 * the rules, warnings and entries asked for all of them at once, and every entry
	 * written by {@link DisbursementService#applyAll}, so that the number of statements
	 * does not grow with the number of rows. A line named by several rows keeps the last
	 * row's figures. For the preview nothing is written: what each row would do is worked
	 * out from the stored entries as {@link DisbursementService#applyAll} would write it
	 * ({@link DisbursementService#afterChange}).
	 */
	private List<ImportOutcome.RowOutcome> disbursements(AppUserPrincipal user, ImportRequest request, List<Cells> rows,
			List<ImportProblem> problems, boolean preview) {
		// the rows' lines are in the persistence context, thousands of them, and every
		// query of the checks (a few per unit) would first look over each of them for a
		// change to flush; the import writes with statements of its own, which flush what
		// is pending first, so the checks' queries need not
		FlushModeType flushMode = this.entityManager.getFlushMode();
		this.entityManager.flush();
		this.entityManager.setFlushMode(FlushModeType.COMMIT);
		try {
			return disbursementsChecked(user, request, rows, problems, preview);
		}
		finally {
			this.entityManager.setFlushMode(flushMode);
		}
	}

	private List<ImportOutcome.RowOutcome> disbursementsChecked(AppUserPrincipal user, ImportRequest request,
			List<Cells> rows, List<ImportProblem> problems, boolean preview) {
		record Typed(Cells row, PlanLineKey key, EntryCommand command) {
		}
		List<Typed> typed = new ArrayList<>();
		for (Cells row : rows) {
			PlanLineKey key;
			try {
				key = keyOf(request, row);
			}
			catch (RuleViolationException ex) {
				problems.add(problemOf(row.number(), ex));
				continue;
			}
			BigDecimal advance = row.amount(SheetColumn.ADVANCE);
			BigDecimal recovered = row.amount(SheetColumn.RECOVERED);
			String note = row.optional(SheetColumn.NOTE);
			if (!row.bad()) {
				typed.add(new Typed(row, key, new EntryCommand(row.amountVnd(), advance, recovered, note, null)));
			}
		}
		PlanLineService.Lines found = this.planLines.findOrCreateAll(user.scope(),
				typed.stream().map(Typed::key).toList());
		Quarter period = request.period();
		List<Typed> kept = new ArrayList<>();
		List<PlanLineView> lines = new ArrayList<>();
		for (Typed row : typed) {
			RuntimeException refused = found.refused().get(row.key());
			if (refused != null) {
				problems.add(problemOf(row.row().number(), refused));
				continue;
			}
			kept.add(row);
			lines.add(found.lines().get(row.key()));
		}
		Map<Long, RuntimeException> refusals = this.disbursements.refusalsOf(period, lines);
		List<Set<EntryWarning>> warnings = this.disbursements.warningsOf(period,
				lines.stream().map(PlanLineView::id).toList(),
				kept.stream().map(row -> row.command().amountVnd()).toList());
		Map<Long, EntryChange> changes = new LinkedHashMap<>();
		for (int i = 0; i < kept.size(); i++) {
			Typed row = kept.get(i);
			PlanLineView line = lines.get(i);
			RuntimeException refused = refusals.get(line.id());
			if (refused != null) {
				problems.add(problemOf(row.row().number(), refused));
				continue;
			}
			List<FieldProblem> invalid = DisbursementService.problemsOf(row.command());
			if (!invalid.isEmpty()) {
				invalid.forEach(problem -> problems
					.add(ImportProblem.of(row.row().number(), SheetColumn.ofField(problem.field()).code(),
							problem.messageKey(), problem.arguments().toArray())));
				continue;
			}
			Set<EntryWarning> warned = warnings.get(i);
			if (!warned.isEmpty() && row.command().note() == null) {
				problems.add(ImportProblem.of(row.row().number(), SheetColumn.NOTE.code(),
						warned.iterator().next().messageKey()));
				continue;
			}
			// a line named again is set again: the last row naming it is what it keeps
			changes.remove(line.id());
			changes.put(line.id(), new EntryChange(line, row.command()));
		}
		if (!problems.isEmpty()) {
			return List.of();
		}
		List<Long> ids = List.copyOf(changes.keySet());
		Map<Long, EntryValues> stored = this.disbursements.entriesOf(ids, period.quarter());
		if (!preview) {
			this.disbursements.applyAll(user, period, List.copyOf(changes.values()));
		}
		Map<Long, EntryValues> previous = new HashMap<>(stored);
		Map<Long, Integer> lastRowOfLine = new HashMap<>();
		for (int i = 0; i < kept.size(); i++) {
			lastRowOfLine.put(lines.get(i).id(), i);
		}
		List<ImportOutcome.RowOutcome> outcomes = new ArrayList<>();
		LineParts parts = this.planLines.partsOf(lines);
		for (int i = 0; i < kept.size(); i++) {
			PlanLineView line = lines.get(i);
			EntryCommand command = kept.get(i).command();
			EntryValues was = previous.get(line.id());
			// the last row naming a line is what applyAll wrote over the stored entry
			EntryValues now = DisbursementService
				.afterChange((lastRowOfLine.get(line.id()) == i) ? stored.get(line.id()) : was, command);
			previous.put(line.id(), now);
			ImportOutcome.Action action = (was == null) ? ImportOutcome.Action.CREATE
					: was.sameAs(now) ? ImportOutcome.Action.SAME : ImportOutcome.Action.CHANGE;
			outcomes.add(outcome(kept.get(i).row(), line, parts, action, (was == null) ? null : was.amountVnd(),
					now.amountVnd(), null, null));
		}
		return outcomes;
	}

	private ImportOutcome.RowOutcome decision(AppUserPrincipal user, ImportRequest request, Cells row) {
		PlanLineKey key = keyOf(request, row);
		AllocationKind kind = row.constant(SheetColumn.KIND, AllocationKind.class, false);
		String number = row.required(SheetColumn.DECISION_NUMBER);
		LocalDate date = row.date(SheetColumn.DECISION_DATE);
		String note = row.optional(SheetColumn.NOTE);
		if (row.bad()) {
			return null;
		}
		PlanLineView line = this.planLines.findOrCreate(user.scope(), key);
		this.allocations.create(user, new DecisionCommand(key, kind, number, date, row.amountVnd(), note));
		return outcome(row, line, this.planLines.partsOf(line), ImportOutcome.Action.CREATE, null, row.amountVnd(),
				number, date);
	}

	private ImportOutcome.RowOutcome assignment(AppUserPrincipal user, ImportRequest request, Cells row) {
		String orgUnit = row.required(SheetColumn.ORG_UNIT);
		String from = row.optional(SheetColumn.FROM_UNIT);
		String program = row.required(SheetColumn.PROGRAM);
		CapitalType capitalType = row.constant(SheetColumn.CAPITAL_TYPE, CapitalType.class, true);
		FundingSource fundingSource = row.constant(SheetColumn.FUNDING_SOURCE, FundingSource.class, false);
		Integer originYear = row.year(SheetColumn.ORIGIN_YEAR);
		String number = row.required(SheetColumn.DECISION_NUMBER);
		LocalDate date = row.date(SheetColumn.DECISION_DATE);
		String note = row.optional(SheetColumn.NOTE);
		if (row.bad()) {
			return null;
		}
		AssignmentView recorded = this.assignments.record(user, new AssignmentCommand(orgUnit, from, program,
				capitalType, fundingSource, request.year(), originYear, number, date, row.amountVnd(), note));
		return new ImportOutcome.RowOutcome(row.number(), recorded.orgUnitCode(), recorded.programCode(), null,
				recorded.capitalType(), recorded.originYear(), ImportOutcome.Action.CREATE, null, recorded.amountVnd(),
				number, date);
	}

	private static ImportOutcome.RowOutcome outcome(Cells row, PlanLineView line, LineParts parts,
			ImportOutcome.Action action, BigDecimal before, BigDecimal after, String number, LocalDate date) {
		return new ImportOutcome.RowOutcome(row.number(), parts.unitOf(line).code(), parts.programOf(line).code(),
				parts.componentCodeOf(line), line.capitalType(), line.originYear(), action, before, after, number,
				date);
	}

	private ImportProblem closed(int row, ClosedPeriodException ex) {
		return ImportProblem.of(row, "", ex.getMessageKey(), ex.getMessageArguments(this.formats::date));
	}

	private static String fileNameOf(String fileName) {
		String name = (fileName == null || fileName.isBlank()) ? "-" : fileName.strip();
		return (name.length() > 255) ? name.substring(0, 255) : name;
	}

	/**
	 * The latest imports into units the caller sees, newest first.
	 */
	@Transactional(readOnly = true)
	public List<ImportBatchView> recentBatches(AppUserPrincipal user) {
		Map<Long, OrgUnitView> units = new java.util.HashMap<>();
		this.orgUnits.visibleUnits(user.scope()).forEach(unit -> units.put(unit.id(), unit));
		return this.batches.findByOrgUnitIdInOrderByCreatedAtDescIdDesc(units.keySet(), Limit.of(BATCHES_LISTED))
			.stream()
			.map(batch -> view(batch, units.get(batch.getOrgUnitId())))
			.toList();
	}

	/**
	 * An import the caller sees.
	 * @throws NotFoundException when there is none, or its unit is outside the caller's
	 * scope
	 */
	@Transactional(readOnly = true)
	public ImportBatchView batch(AppUserPrincipal user, long id) {
		ImportBatch batch = visibleBatch(user, id);
		return view(batch, this.orgUnits.visibleUnit(user.scope(), batch.getOrgUnitId()));
	}

	/**
	 * Undoes an import as a whole, in one transaction, through the same audited write
	 * services: an entry it created is withdrawn, one it changed gets its amounts back, a
	 * decision or an assignment it recorded is deleted. Refused, with nothing changed,
	 * when it was undone already, when any of its figures was changed since (undoing
	 * would lose that change), or when a quarter it wrote in no longer takes changes
	 * (closed, submitted or approved: reopen it first).
	 * @throws ImportRejectedException with every reason it cannot be undone
	 */
	@Transactional(rollbackFor = ImportRejectedException.class)
	public ImportBatchView undo(AppUserPrincipal user, long id, String note) {
		Permissions.requireFigureEditor(user);
		ImportBatch batch = visibleBatch(user, id);
		OrgUnitView unit = this.orgUnits.visibleUnit(user.scope(), batch.getOrgUnitId());
		if (batch.isUndone()) {
			throw new ImportRejectedException(
					List.of(ImportProblem.of(0, "", "import.undo.already", batch.getUndoneBy(),
							this.formats.date(LocalDate.ofInstant(batch.getUndoneAt(), this.clock.getZone())))));
		}
		List<ImportProblem> problems = new ArrayList<>();
		List<AuditRecord> changedSince = this.audit.changedAfter(id);
		Map<Long, PlanLineView> lines = this.planLines.linesById(planLineIds(changedSince));
		LineParts parts = this.planLines.partsOf(lines.values());
		for (AuditRecord record : changedSince) {
			problems.add(ImportProblem.of(0, "", "import.undo.changedSince", describe(record, lines, parts)));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		String reason = (note == null || note.isBlank()) ? null : note.strip();
		List<AuditRecord> written = new ArrayList<>(this.audit.ofBatch(id));
		java.util.Collections.reverse(written);
		AuditBatch.within(id, () -> {
			for (AuditRecord record : written) {
				try {
					undo(user, record, reason);
				}
				catch (ClosedPeriodException ex) {
					problems.add(closed(0, ex));
				}
				catch (RuleViolationException ex) {
					problems.add(ImportProblem.of(0, "", ex.getMessageKey(), ex.getArguments()));
				}
				catch (StateConflictException ex) {
					problems
						.add(ImportProblem.of(0, "", ex.getMessageKey(), ex.getMessageArguments(this.formats::date)));
				}
				catch (CarriedLineClosedException ex) {
					problems
						.add(ImportProblem.of(0, "", ex.getMessageKey(), ex.getMessageArguments(this.formats::date)));
				}
			}
			return null;
		});
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems.stream().distinct().toList());
		}
		batch.undone(user.username(), Instant.now(this.clock));
		this.batches.saveAndFlush(batch);
		return view(batch, unit);
	}

	private void undo(AppUserPrincipal user, AuditRecord record, String reason) {
		if (record.subject() == AuditSubject.DISBURSEMENT) {
			if (record.action() == AuditAction.CREATE) {
				this.disbursements.withdraw(user, record.planLineId(), record.quarter(), reason);
			}
			else if (record.action() == AuditAction.CHANGE) {
				Map<String, Object> before = record.before();
				this.disbursements.restore(user, record.planLineId(), record.quarter(),
						new EntryValues(amount(before, "amountVnd"), amount(before, "advanceVnd"),
								amount(before, "advanceRecoveredVnd"), null));
			}
		}
		else if (record.subject() == AuditSubject.ALLOCATION && record.action() == AuditAction.CREATE) {
			this.allocations.withdraw(user, record.subjectId(), reason);
		}
		else if (record.subject() == AuditSubject.ASSIGNMENT && record.action() == AuditAction.CREATE) {
			this.assignments.delete(user, record.subjectId(),
					this.assignments.assignment(user, record.subjectId()).version(), reason);
		}
	}

	private static BigDecimal amount(Map<String, Object> fields, String name) {
		Object value = fields.get(name);
		return (value == null) ? BigDecimal.ZERO : new BigDecimal(value.toString());
	}

	private static Collection<Long> planLineIds(List<AuditRecord> records) {
		return records.stream().map(AuditRecord::planLineId).filter(java.util.Objects::nonNull).distinct().toList();
	}

	/**
	 * A changed figure named for its user: the unit, program and quarter of its line, or
	 * the assignment's number.
	 */
	private String describe(AuditRecord record, Map<Long, PlanLineView> lines, LineParts parts) {
		PlanLineView line = (record.planLineId() == null) ? null : lines.get(record.planLineId());
		if (line == null) {
			return "#" + record.subjectId();
		}
		String component = parts.componentCodeOf(line);
		String where = parts.unitOf(line).code() + " · " + parts.programOf(line).code()
				+ ((component == null) ? "" : " › " + component);
		return (record.quarter() == null) ? where : where + " · Q" + record.quarter() + "/" + line.planYear();
	}

	private ImportBatch visibleBatch(AppUserPrincipal user, long id) {
		ImportBatch batch = this.batches.findById(id).orElseThrow(() -> new NotFoundException("import", id));
		try {
			this.orgUnits.visibleUnit(user.scope(), batch.getOrgUnitId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("import", id);
		}
		return batch;
	}

	private static ImportBatchView view(ImportBatch batch, OrgUnitView unit) {
		return new ImportBatchView(batch.getId(), batch.getKind(), unit.code(), unit.name(), batch.getYear(),
				batch.getQuarter(), batch.getFileName(), batch.getRowCount(), batch.getCreatedBy(),
				batch.getCreatedAt(), batch.getUndoneBy(), batch.getUndoneAt());
	}

}
