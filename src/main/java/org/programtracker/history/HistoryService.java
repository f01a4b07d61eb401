package org.programtracker.history;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.programtracker.allocation.PlanLine;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.audit.AuditAction;
import org.programtracker.audit.AuditEntry;
import org.programtracker.audit.AuditSubject;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.kernel.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail for people: every change of a plan line's decisions and entries,
 * or of a unit's (and its subtree's) figures in a quarter, newest first, with the values
 * before and after split into named parts, so that pages show them in the reader's
 * language and number format. Only what the reader's scope covers.
 */
@Service
@Transactional(readOnly = true)
public class HistoryService {

	@PersistenceContext
	private EntityManager entityManager;

	private final PlanLineService planLines;

	private final OrgUnitService orgUnits;

	private final Clock clock;

	HistoryService(PlanLineService planLines, OrgUnitService orgUnits, Clock clock) {
		this.planLines = planLines;
		this.orgUnits = orgUnits;
		this.clock = clock;
	}

	public LineHistory ofPlanLine(AppUserPrincipal user, long planLineId) {
		PlanLine line = this.planLines.visibleLine(user.scope(), planLineId);
		if (!user.scope().covers(line.getProgram().getId())) {
			throw new NotFoundException("planLine", planLineId);
		}
		List<Object[]> found = this.entityManager.createQuery("""
				select e, u.name from AuditEntry e, OrgUnit u
				where u.id = e.orgUnitId and e.planLineId = :line order by e.at desc, e.id desc
				""", Object[].class).setParameter("line", planLineId).getResultList();
		String component = (line.getComponent() == null) ? null : line.getComponent().getCode();
		return new LineHistory(line.getId(), line.getOrgUnit().getName(), line.getProgram().getCode(), component,
				line.getCapitalType().name(), line.getPlanYear(), line.getOriginYear(), rows(found));
	}

	public UnitHistory ofUnitAndQuarter(AppUserPrincipal user, String orgUnit, Quarter quarter) {
		OrgUnitScope scope = user.scope();
		OrgUnit unit = this.orgUnits.visibleUnit(scope, orgUnit);
		Set<Long> programIds = scope.limitsPrograms() ? scope.programIds() : Set.of(-1L);
		List<Object[]> found = this.entityManager.createQuery("""
				select e, u.name from AuditEntry e join OrgUnit u on u.id = e.orgUnitId
				left join PlanLine l on l.id = e.planLineId
				where u.path like :pattern escape '!' and e.year = :year and e.quarter = :quarter
				  and (:allPrograms = true or l.program.id in :programIds)
				order by e.at desc, e.id desc
				""", Object[].class)
			.setParameter("pattern", unit.subtreePattern())
			.setParameter("year", quarter.year())
			.setParameter("quarter", quarter.quarter())
			.setParameter("allPrograms", !scope.limitsPrograms())
			.setParameter("programIds", programIds)
			.getResultList();
		return new UnitHistory(unit.getCode(), unit.getName(), quarter, rows(found));
	}

	private List<Row> rows(List<Object[]> found) {
		return found.stream().map(pair -> {
			AuditEntry entry = (AuditEntry) pair[0];
			return new Row(LocalDateTime.ofInstant(entry.getAt(), this.clock.getZone()), entry.getUsername(),
					entry.getAction(), entry.getSubject(), (String) pair[1], entry.getQuarter(), entry.getPlanLineId(),
					parts(entry.getOldValue()), parts(entry.getNewValue()), entry.getNote());
		}).toList();
	}

	/**
	 * The parts of a recorded value, {@code key=value; key=value}: amounts (keys ending
	 * in {@code Vnd}) and dates kept as such, to be formatted for the reader.
	 */
	static List<Part> parts(String value) {
		List<Part> parts = new ArrayList<>();
		if (value == null || value.isBlank()) {
			return parts;
		}
		for (String piece : value.split("; ")) {
			int equals = piece.indexOf('=');
			if (equals < 0) {
				parts.add(new Part(null, null, null, piece));
				continue;
			}
			String key = piece.substring(0, equals);
			String text = piece.substring(equals + 1);
			try {
				if (key.endsWith("Vnd")) {
					parts.add(new Part(key, new BigDecimal(text), null, null));
				}
				else if (key.endsWith("Date")) {
					parts.add(new Part(key, null, LocalDate.parse(text), null));
				}
				else {
					parts.add(new Part(key, null, null, text));
				}
			}
			catch (RuntimeException ex) {
				parts.add(new Part(key, null, null, text));
			}
		}
		return parts;
	}

	public record Row(LocalDateTime at, String username, AuditAction action, AuditSubject subject, String unitName,
			Integer quarter, Long planLineId, List<Part> before, List<Part> after, String note) {

	}

	/**
	 * One named part of a value: an amount in đồng, a date, or text.
	 */
	public record Part(String key, BigDecimal amountVnd, LocalDate date, String text) {

	}

	public record LineHistory(long planLineId, String unitName, String programCode, String componentCode,
			String capitalType, int planYear, int originYear, List<Row> rows) {

		public boolean carriedOver() {
			return this.originYear < this.planYear;
		}

	}

	public record UnitHistory(String orgUnitCode, String unitName, Quarter quarter, List<Row> rows) {

	}

}
