package org.programtracker.directive;

import org.programtracker.directive.DirectiveView.Names;
import org.programtracker.directive.internal.Directive;

import org.programtracker.directive.internal.DirectiveRepository;
import org.programtracker.directive.internal.OverdueDirectives;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.kernel.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of directives: given at a quarter's conference, carried into every later
 * quarter's register until done, overdue once today is past the deadline.
 */
@Service
@Transactional(readOnly = true)
public class DirectiveService {

	private final DirectiveRepository directives;

	private final OverdueDirectives overdue;

	private final OrgUnitService orgUnits;

	private final ProgramService programs;

	private final Clock clock;

	DirectiveService(DirectiveRepository directives, OverdueDirectives overdue, OrgUnitService orgUnits,
			ProgramService programs, Clock clock) {
		this.directives = directives;
		this.overdue = overdue;
		this.orgUnits = orgUnits;
		this.programs = programs;
		this.clock = clock;
	}

	/**
	 * The directives of a quarter's register for the subtree of a unit: those given up to
	 * that quarter and not done before it began, as they stand today, optionally only of
	 * one status or program.
	 */
	public List<DirectiveView> register(OrgUnitScope scope, String orgUnitCode, Quarter quarter, DirectiveStatus status,
			String programCode) {
		return register(scope, orgUnitCode, quarter, status, programCode, LocalDate.now(this.clock));
	}

	/**
	 * The register as it stood on a given day: a closed quarter's summary shows it as of
	 * its closing.
	 */
	public List<DirectiveView> register(OrgUnitScope scope, String orgUnitCode, Quarter quarter, DirectiveStatus status,
			String programCode, LocalDate today) {
		OrgUnitView unit = this.orgUnits.visibleUnitOn(scope, orgUnitCode, quarter.endDate());
		List<Directive> found = this.directives
			.findRegister(unit.subtreePattern(), quarter.year() * 10 + quarter.quarter(), quarter.startDate())
			.stream()
			.filter(directive -> concernsVisibleProgram(scope, directive))
			.toList();
		Names names = names(found);
		return found.stream()
			.map(directive -> DirectiveView.of(directive, today, names))
			.filter(view -> status == null || view.status() == status)
			.filter(view -> programCode == null || programCode.isBlank() || view.programCodes().contains(programCode))
			.toList();
	}

	/**
	 * The texts of the directives not done that the unit gave, is responsible for or is
	 * concerned by: what a merger hands to the successor.
	 */
	public List<String> openDirectivesOf(long orgUnitId) {
		return this.directives.findOpenOf(orgUnitId).stream().map(Directive::getText).toList();
	}

	/**
	 * Hands the directives not done of a merged or closed unit to its successor.
	 * @return how many were handed on
	 */
	@Transactional
	public int passOpenDirectives(long fromUnitId, long toUnitId) {
		int passed = 0;
		for (Directive directive : this.directives.findOpenOf(fromUnitId)) {
			if (directive.passOn(fromUnitId, toUnitId)) {
				passed++;
			}
		}
		return passed;
	}

	/**
	 * The directives of the subtree of a unit that are past their deadline and not done
	 * today, for the programs the scope covers: read in one query.
	 */
	public List<OverdueDirective> overdue(OrgUnitScope scope, String orgUnitCode) {
		OrgUnitView unit = this.orgUnits.visibleUnit(scope, orgUnitCode);
		return this.overdue.of(unit.subtreePattern(), LocalDate.now(this.clock), !scope.limitsPrograms(),
				scope.limitsPrograms() ? scope.programIds() : Set.of(-1L));
	}

	@Transactional
	public long give(AppUserPrincipal user, String orgUnitCode, Quarter given, DirectiveDetails details) {
		Permissions.requireReviewWriter(user);
		OrgUnitView unit = this.orgUnits.visibleUnit(user.scope(), orgUnitCode);
		Directive directive = new Directive(unit.id(), given, user.getUsername(), this.clock.instant());
		describe(user, directive, details);
		return this.directives.save(directive).getId();
	}

	/**
	 * What a directive says now and the version read, for its edit form.
	 */
	public Revision revision(AppUserPrincipal user, long id) {
		Permissions.requireReviewWriter(user);
		Directive directive = visible(user, id);
		Names names = names(List.of(directive));
		OrgUnitView responsibleUnit = names.units().get(directive.getResponsibleUnitId());
		DirectiveDetails details = new DirectiveDetails(directive.getText(),
				names.programs()
					.values()
					.stream()
					.filter(program -> directive.getProgramIds().contains(program.id()))
					.map(ProgramView::code)
					.toList(),
				names.units()
					.values()
					.stream()
					.filter(unit -> directive.getConcernedUnitIds().contains(unit.id()))
					.map(OrgUnitView::code)
					.toList(),
				(responsibleUnit != null) ? responsibleUnit.code() : null, directive.getResponsible(),
				directive.getDeadline());
		return new Revision(directive.getId(), directive.getVersion(), directive.getGiven(),
				names.units().get(directive.getOrgUnitId()).code(), details);
	}

	/**
	 * Rewrites a directive, provided nobody saved it since the writer opened it (the
	 * version they read); otherwise the optimistic-locking failure says so and nothing
	 * changes.
	 */
	@Transactional
	public void revise(AppUserPrincipal user, long id, long versionRead, DirectiveDetails details) {
		Permissions.requireReviewWriter(user);
		Directive directive = visible(user, id);
		if (directive.getVersion() != versionRead) {
			throw new ObjectOptimisticLockingFailureException(Directive.class, id);
		}
		describe(user, directive, details);
	}

	/**
	 * Marks a directive done today; marking it twice (a double click, two officers at
	 * once) keeps the first day.
	 */
	@Transactional
	public void markDone(AppUserPrincipal user, long id) {
		Permissions.requireReviewWriter(user);
		Directive directive = visible(user, id);
		if (directive.getDoneOn() == null) {
			directive.markDone(LocalDate.now(this.clock));
		}
	}

	/**
	 * Takes back a "done" that was premature: the directive is followed up again.
	 */
	@Transactional
	public void reopen(AppUserPrincipal user, long id) {
		Permissions.requireReviewWriter(user);
		visible(user, id).reopen();
	}

	@Transactional
	public void addNote(AppUserPrincipal user, long id, String text) {
		Permissions.requireReviewWriter(user);
		visible(user, id).note(LocalDate.now(this.clock), text, user.getUsername());
	}

	public DirectiveView find(AppUserPrincipal user, long id) {
		Directive directive = visible(user, id);
		return DirectiveView.of(directive, LocalDate.now(this.clock), names(List.of(directive)));
	}

	private Directive visible(AppUserPrincipal user, long id) {
		Directive directive = this.directives.findById(id)
			.filter(found -> concernsVisibleProgram(user.scope(), found))
			.orElseThrow(() -> new NotFoundException("directive", id));
		this.orgUnits.visibleUnit(user.scope(), directive.getOrgUnitId());
		return directive;
	}

	/**
	 * A program officer follows the directives that concern one of their programs, and
	 * those that name no program at all (they concern everyone).
	 */
	private static boolean concernsVisibleProgram(OrgUnitScope scope, Directive directive) {
		return !scope.limitsPrograms() || directive.getProgramIds().isEmpty()
				|| directive.getProgramIds().stream().anyMatch(scope::covers);
	}

	/**
	 * The programs a user may name in a directive: for a program officer, their own.
	 */
	public List<ProgramView> selectablePrograms(AppUserPrincipal user) {
		return this.programs.activePrograms().stream().filter(program -> user.scope().covers(program.id())).toList();
	}

	private void describe(AppUserPrincipal user, Directive directive, DirectiveDetails details) {
		Set<Long> concerned = new LinkedHashSet<>();
		for (String code : details.programCodes()) {
			concerned.add(this.programs.findByCode(code)
				.filter(program -> user.scope().covers(program.id()))
				.orElseThrow(() -> new NotFoundException("program", code))
				.id());
		}
		Set<Long> concernedUnits = new LinkedHashSet<>();
		for (String code : details.concernedUnitCodes()) {
			concernedUnits.add(this.orgUnits.visibleUnit(user.scope(), code).id());
		}
		Long responsibleUnit = (details.responsibleUnitCode() == null || details.responsibleUnitCode().isBlank()) ? null
				: this.orgUnits.visibleUnit(user.scope(), details.responsibleUnitCode()).id();
		directive.describe(details.text(), concerned, concernedUnits, responsibleUnit, details.responsible(),
				details.deadline());
	}

	/**
	 * The programs and units these directives name, read in two statements whatever their
	 * number.
	 */
	private Names names(List<Directive> directives) {
		Set<Long> unitIds = new java.util.HashSet<>();
		directives.forEach(directive -> {
			unitIds.add(directive.getOrgUnitId());
			unitIds.addAll(directive.getConcernedUnitIds());
			if (directive.getResponsibleUnitId() != null) {
				unitIds.add(directive.getResponsibleUnitId());
			}
		});
		Map<Long, ProgramView> programs = new LinkedHashMap<>();
		this.programs.allPrograms()
			.stream()
			.sorted(Comparator.comparing(ProgramView::sortOrder).thenComparing(ProgramView::code))
			.forEach(program -> programs.put(program.id(), program));
		return new Names(programs, unitIds.isEmpty() ? Map.of() : this.orgUnits.unitsByIds(unitIds));
	}

	/**
	 * A directive as its edit form starts: what it says and the version that was read.
	 */
	public record Revision(long id, long version, Quarter given, String orgUnitCode, DirectiveDetails details) {

	}

	/**
	 * What a directive says: its text, the programs it concerns, who answers for it and
	 * by when.
	 */
	public record DirectiveDetails(String text, List<String> programCodes, List<String> concernedUnitCodes,
			String responsibleUnitCode, String responsible, LocalDate deadline) {

	}

}
