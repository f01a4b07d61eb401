package org.programtracker.history;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.programtracker.allocation.LineParts;
import org.programtracker.allocation.PlanLineView;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.assignment.AssignmentService;
import org.programtracker.assignment.AssignmentView;
import org.programtracker.audit.AuditTrail;
import org.programtracker.audit.AuditTrail.AuditRecord;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramService;
import org.programtracker.security.AppUserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail for people: every change of a plan line's decisions and entries,
 * or of a unit's (and its subtree's) figures in a quarter, newest first, each field with
 * its value before and after, so that pages show them in the reader's language and number
 * format. Only what the reader's scope covers. The rows come from the audit feature, the
 * names of units and the programs of plan lines from their own features.
 */
@Service
@Transactional(readOnly = true)
public class HistoryService {

	/**
	 * The order fields are shown in; the audit trail keeps them as JSON objects, whose
	 * fields have no order. Fields not listed come after, by name; what an old row kept
	 * as it was written comes last.
	 */
	private static final List<String> FIELD_ORDER = List.of("state", "orgUnit", "fromUnit", "program", "capitalType",
			"fundingSource", "planYear", "originYear", "code", "kind", "decisionNumber", "decisionDate", "amountVnd",
			"advanceVnd", "advanceRecoveredVnd", "name", "nameVi", "nameEn", "parent", "standingAgency", "startYear",
			"endYear", "validTo", "successor", "archived", "sortOrder", "authority", "issuingBody", "symbol", "place",
			"signerTitle", "signerName", "recipients");

	private static final String RECORDED = "recorded";

	private final AuditTrail audit;

	private final PlanLineService planLines;

	private final OrgUnitService orgUnits;

	private final AssignmentService assignments;

	private final ProgramService programs;

	private final Clock clock;

	HistoryService(AuditTrail audit, PlanLineService planLines, OrgUnitService orgUnits, AssignmentService assignments,
			ProgramService programs, Clock clock) {
		this.audit = audit;
		this.planLines = planLines;
		this.orgUnits = orgUnits;
		this.assignments = assignments;
		this.programs = programs;
		this.clock = clock;
	}

	public LineHistory ofPlanLine(AppUserPrincipal user, long planLineId) {
		PlanLineView line = this.planLines.visibleLine(user.scope(), planLineId);
		if (!user.scope().covers(line.programId())) {
			throw new NotFoundException("planLine", planLineId);
		}
		List<AuditRecord> records = this.audit.ofPlanLine(planLineId);
		Map<Long, String> unitNames = this.orgUnits
			.namesOf(records.stream().map(AuditRecord::orgUnitId).filter(Objects::nonNull).collect(Collectors.toSet()));
		LineParts parts = this.planLines.partsOf(line);
		return new LineHistory(line.id(), parts.unitOf(line).name(), parts.programOf(line).code(),
				parts.componentCodeOf(line), line.capitalType().name(), line.planYear(), line.originYear(),
				rows(records, unitNames));
	}

	/**
	 * Every change of an assignment, newest first; a deleted one keeps its history, which
	 * its last recorded fields describe.
	 */
	public AssignmentHistory ofAssignment(AppUserPrincipal user, long assignmentId) {
		List<AuditRecord> records = new ArrayList<>(this.audit.ofSubject(AuditSubject.ASSIGNMENT, assignmentId));
		Collections.reverse(records);
		OrgUnitScope scope = user.scope();
		AssignmentHistory history;
		try {
			AssignmentView assignment = this.assignments.assignment(user, assignmentId);
			history = new AssignmentHistory(assignmentId, false, assignment.orgUnitCode(), assignment.orgUnitName(),
					assignment.fromName(), assignment.programCode(), assignment.capitalType().name(),
					assignment.fundingSource().name(), assignment.planYear(), assignment.originYear(), List.of());
		}
		catch (NotFoundException ex) {
			history = deletedAssignment(scope, assignmentId, records);
		}
		OrgUnitView unit = this.orgUnits.findByCode(history.orgUnitCode())
			.orElseThrow(() -> new NotFoundException("assignment", assignmentId));
		return history.withRows(rows(records, Map.of(unit.id(), unit.name())));
	}

	/**
	 * A deleted assignment as its last audit row recorded it, if the scope covers its
	 * receiving unit and program; not found otherwise, like one that never existed.
	 */
	private AssignmentHistory deletedAssignment(OrgUnitScope scope, long assignmentId, List<AuditRecord> records) {
		AuditRecord last = records.stream()
			.filter(record -> record.action() == AuditAction.DELETE)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("assignment", assignmentId));
		Map<String, Object> fields = last.before();
		OrgUnitView unit;
		try {
			unit = this.orgUnits.visibleUnit(scope, last.orgUnitId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("assignment", assignmentId);
		}
		String programCode = String.valueOf(fields.get("program"));
		boolean programVisible = this.programs.findByCode(programCode)
			.map(program -> scope.covers(program.id()))
			.orElse(!scope.limitsPrograms());
		if (!programVisible) {
			throw new NotFoundException("assignment", assignmentId);
		}
		String fromName = (fields.get("fromUnit") == null) ? null
				: this.orgUnits.findByCode(fields.get("fromUnit").toString())
					.map(OrgUnitView::name)
					.orElse(fields.get("fromUnit").toString());
		return new AssignmentHistory(assignmentId, true, unit.code(), unit.name(), fromName, programCode,
				String.valueOf(fields.get("capitalType")), String.valueOf(fields.get("fundingSource")),
				((BigDecimal) fields.get("planYear")).intValue(), ((BigDecimal) fields.get("originYear")).intValue(),
				List.of());
	}

	/**
	 * Every change of a kind of record a unit keeps for all its quarters ({@code quarter}
	 * {@code null}: the header of its reports) or for one (its report of the quarter),
	 * newest first; only for a unit the reader's scope covers.
	 */
	public List<Row> ofSubjectAtUnit(AppUserPrincipal user, AuditSubject subject, String orgUnitCode, Quarter quarter) {
		OrgUnitView unit = this.orgUnits.visibleUnit(user.scope(), orgUnitCode);
		return rows(this.audit.ofSubjectAtUnit(subject, unit.id(), (quarter == null) ? null : quarter.year(),
				(quarter == null) ? null : quarter.quarter()), Map.of(unit.id(), unit.name()));
	}

	public UnitHistory ofUnitAndQuarter(AppUserPrincipal user, String orgUnit, Quarter quarter) {
		OrgUnitScope scope = user.scope();
		OrgUnitView unit = this.orgUnits.visibleUnit(scope, orgUnit);
		Map<Long, String> unitNames = this.orgUnits.subtreeOf(unit)
			.stream()
			.collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::name));
		List<AuditRecord> records = this.audit.ofUnitsInQuarter(unitNames.keySet(), quarter.year(), quarter.quarter());
		if (scope.limitsPrograms()) {
			Map<Long, Long> programOfLine = this.planLines.programIdsOf(
					records.stream().map(AuditRecord::planLineId).filter(Objects::nonNull).collect(Collectors.toSet()));
			Map<String, Long> programIds = this.programs.allPrograms()
				.stream()
				.collect(Collectors.toMap(ProgramView::code, ProgramView::id));
			records = records.stream().filter(record -> {
				Long program = programOf(record, programOfLine, programIds);
				return program != null && scope.programIds().contains(program);
			}).toList();
		}
		return new UnitHistory(unit.code(), unit.name(), quarter, rows(records, unitNames));
	}

	/**
	 * The program a change belongs to: its plan line's, or, for an assignment, the one
	 * its fields name; {@code null} for neither.
	 */
	private static Long programOf(AuditRecord record, Map<Long, Long> programOfLine, Map<String, Long> programIds) {
		if (record.planLineId() != null) {
			return programOfLine.get(record.planLineId());
		}
		if (record.subject() == AuditSubject.ASSIGNMENT) {
			Map<String, Object> fields = (record.after() != null) ? record.after() : record.before();
			return (fields == null || fields.get("program") == null) ? null
					: programIds.get(fields.get("program").toString());
		}
		return null;
	}

	private List<Row> rows(List<AuditRecord> records, Map<Long, String> unitNames) {
		return records.stream()
			.filter(record -> unitNames.containsKey(record.orgUnitId()))
			.map(record -> new Row(LocalDateTime.ofInstant(record.at(), this.clock.getZone()), record.username(),
					record.action(), record.subject(), record.subjectId(), unitNames.get(record.orgUnitId()),
					record.quarter(), record.planLineId(), fields(record.before(), record.after()), record.note(),
					record.importBatchId()))
			.toList();
	}

	/**
	 * Each field of either value with its value before and after, in
	 * {@link #FIELD_ORDER}.
	 */
	static List<Field> fields(Map<String, Object> before, Map<String, Object> after) {
		Map<String, Object> old = (before != null) ? before : Map.of();
		Map<String, Object> current = (after != null) ? after : Map.of();
		Set<String> names = new LinkedHashSet<>(old.keySet());
		names.addAll(current.keySet());
		List<String> ordered = new ArrayList<>(names);
		ordered.sort(Comparator.comparing(HistoryService::rank).thenComparing(Function.identity()));
		return ordered.stream()
			.map(name -> new Field(name, (before != null) ? value(name, old.get(name)) : null,
					(after != null) ? value(name, current.get(name)) : null))
			.toList();
	}

	private static int rank(String name) {
		if (RECORDED.equals(name)) {
			return Integer.MAX_VALUE;
		}
		int index = FIELD_ORDER.indexOf(name);
		return (index >= 0) ? index : FIELD_ORDER.size();
	}

	/**
	 * A field's value as the page shows it: amounts in đồng (fields ending in
	 * {@code Vnd}) and dates kept as such, to be formatted for the reader; kinds, states
	 * and yes/no to be translated.
	 */
	static Value value(String name, Object value) {
		if (value == null) {
			return Value.EMPTY;
		}
		if (value instanceof BigDecimal number) {
			return name.endsWith("Vnd") ? new Value(number, null, null, null)
					: new Value(null, null, number.toPlainString(), null);
		}
		if (value instanceof Boolean flag) {
			return new Value(null, null, flag.toString(), "history.value." + flag);
		}
		String text = value.toString();
		if (name.endsWith("Date") || name.equals("validTo")) {
			try {
				return new Value(null, LocalDate.parse(text), null, null);
			}
			catch (DateTimeParseException ex) {
				return new Value(null, null, text, null);
			}
		}
		if (name.equals("capitalType")) {
			return new Value(null, null, text, "capitalType." + text);
		}
		if (name.equals("fundingSource")) {
			return new Value(null, null, text, "fundingSource." + text);
		}
		if (name.equals("kind")) {
			return new Value(null, null, text, "decision.kind." + text);
		}
		if (name.equals("state")) {
			return new Value(null, null, text, "history.state." + text);
		}
		return new Value(null, null, text, null);
	}

	public record Row(LocalDateTime at, String username, AuditAction action, AuditSubject subject, Long subjectId,
			String unitName, Integer quarter, Long planLineId, List<Field> fields, String note, Long importBatchId) {

		/**
		 * Whether the change is of an assignment, whose own history the row links to.
		 */
		public boolean ofAssignment() {
			return this.subject == AuditSubject.ASSIGNMENT && this.subjectId != null;
		}

	}

	/**
	 * One field of the record with its value before the change ({@code null} for a
	 * creation) and after it ({@code null} for a deletion). What an old row kept as it
	 * was written is no field of the record, so it never counts as changed.
	 */
	public record Field(String name, Value before, Value after) {

		public boolean changed() {
			return this.before != null && this.after != null && !this.before.equals(this.after)
					&& !RECORDED.equals(this.name);
		}

	}

	/**
	 * A value: an amount in đồng, a date, or text, which a message may translate; all
	 * {@code null} when the field had no value.
	 */
	public record Value(BigDecimal amountVnd, LocalDate date, String text, String messageKey) {

		static final Value EMPTY = new Value(null, null, null, null);

		@Override
		public boolean equals(Object other) {
			return other instanceof Value value
					&& ((this.amountVnd == null) ? value.amountVnd == null
							: value.amountVnd != null && this.amountVnd.compareTo(value.amountVnd) == 0)
					&& Objects.equals(this.date, value.date) && Objects.equals(this.text, value.text);
		}

		@Override
		public int hashCode() {
			return Objects.hash((this.amountVnd == null) ? null : this.amountVnd.stripTrailingZeros(), this.date,
					this.text);
		}

	}

	public record LineHistory(long planLineId, String unitName, String programCode, String componentCode,
			String capitalType, int planYear, int originYear, List<Row> rows) {

		public boolean carriedOver() {
			return this.originYear < this.planYear;
		}

	}

	/**
	 * The history of an assignment: what was assigned to whom (no granting unit: from
	 * outside the tree), whether it has since been deleted, and its changes, newest
	 * first.
	 */
	public record AssignmentHistory(long assignmentId, boolean deleted, String orgUnitCode, String unitName,
			String fromName, String programCode, String capitalType, String fundingSource, int planYear, int originYear,
			List<Row> rows) {

		public boolean fromOutside() {
			return this.fromName == null;
		}

		public boolean carriedOver() {
			return this.originYear < this.planYear;
		}

		AssignmentHistory withRows(List<Row> rows) {
			return new AssignmentHistory(this.assignmentId, this.deleted, this.orgUnitCode, this.unitName,
					this.fromName, this.programCode, this.capitalType, this.fundingSource, this.planYear,
					this.originYear, rows);
		}

	}

	public record UnitHistory(String orgUnitCode, String unitName, Quarter quarter, List<Row> rows) {

	}

}
