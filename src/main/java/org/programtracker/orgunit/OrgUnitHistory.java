package org.programtracker.orgunit;

import java.time.LocalDate;
import java.util.List;

import org.programtracker.kernel.StateConflictException;
import org.programtracker.kernel.UnitNotInPeriodException;
import org.programtracker.orgunit.internal.OrgUnit;
import org.programtracker.orgunit.internal.OrgUnitRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tree as it stood on any day. Each unit has placements (parent and path from one day
 * to another); the present tree is the latest of them, and the database keeps the latest
 * placement equal to the unit's present parent and path whatever changes it. A report for
 * a period reads the tree of the period's last day.
 */
@Service
@Transactional(readOnly = true)
public class OrgUnitHistory {

	private final JdbcClient jdbc;

	private final OrgUnitService units;

	private final OrgUnitRepository entities;

	OrgUnitHistory(JdbcClient jdbc, OrgUnitService units, OrgUnitRepository entities) {
		this.jdbc = jdbc;
		this.units = units;
		this.entities = entities;
	}

	/**
	 * The unit with this code, if the scope covers it, where it stood on a day.
	 * @throws UnitNotInPeriodException when the unit did not exist on that day, naming
	 * its successor if it has one
	 */
	public TreePosition visibleOn(OrgUnitScope scope, String code, LocalDate day) {
		return positionOn(this.units.visibleUnitOn(scope, code, day), day);
	}

	/**
	 * Where the unit stood on a day.
	 * @throws UnitNotInPeriodException when it did not exist on that day
	 */
	public TreePosition positionOn(OrgUnitView unit, LocalDate day) {
		if (!unit.existsOn(day)) {
			boolean gone = unit.validTo() != null && !day.isBefore(unit.validTo());
			throw new UnitNotInPeriodException(unit.code(), unit.name(), day, gone ? unit.successorCode() : null,
					gone ? unit.successorName() : null);
		}
		if (unit.standsAsOn(day)) {
			return new TreePosition(unit, unit.path(), day);
		}
		String path = this.jdbc.sql("select path from units_on(cast(:day as date)) where org_unit_id = :id")
			.param("day", day)
			.param("id", unit.id())
			.query(String.class)
			.optional()
			.orElse(unit.path());
		return new TreePosition(unit, path, day);
	}

	/**
	 * Where the unit stood on a day or, once it was merged or closed, where it last
	 * stood: for the pages that still show a closed unit's lines, read-only.
	 * @throws UnitNotInPeriodException when the unit did not exist yet
	 */
	public TreePosition positionOrLastOn(OrgUnitView unit, LocalDate day) {
		if (unit.closed() && !day.isBefore(unit.validTo())) {
			return new TreePosition(unit, unit.path(), day);
		}
		return positionOn(unit, day);
	}

	/**
	 * Whether anything in the subtree of the unit changed place, opened or closed after
	 * {@code day}: the history is written in order, so a change from that day is refused.
	 */
	public boolean changedAfter(OrgUnitView unit, LocalDate day) {
		return this.jdbc.sql("""
				select exists (
				    select 1 from org_unit_placement p join org_unit u on u.id = p.org_unit_id
				    where u.path like :subtree escape '!' and (p.valid_from > :day or p.valid_to > :day))
				""").param("subtree", unit.subtreePattern()).param("day", day).query(Boolean.class).single();
	}

	/**
	 * Moves the unit, with every unit below it that still exists on {@code on}, under
	 * another parent from that day on; reports for earlier days keep the tree as it was.
	 * @return the units that moved, the unit first
	 */
	@Transactional
	public List<OrgUnitView> moveOn(OrgUnitView moved, OrgUnitView newParent, LocalDate on) {
		if (newParent == null || moved.contains(newParent)) {
			throw new StateConflictException("reorganisation", "reorganisation.moveInside", moved.name());
		}
		if (changedAfter(moved, on)) {
			throw new StateConflictException("reorganisation", "reorganisation.laterChange", moved.name(), on);
		}
		OrgUnit unit = entity(moved);
		OrgUnit parent = entity(newParent);
		String oldPrefix = unit.getPath();
		List<OrgUnit> subtree = this.entities.findSubtree(moved.subtreePattern());
		List<OrgUnit> moving = subtree.stream().filter(member -> member.existsOn(on)).toList();
		unit.moveUnder(parent);
		for (OrgUnit member : subtree) {
			if (member != unit) {
				member.rebase(oldPrefix, unit.getPath());
			}
			if (!moving.contains(member)) {
				// a unit closed before: its records follow the subtree, its history stays
				this.entities.saveAndFlush(member);
				continue;
			}
			member.placeFrom(on);
			Long parentId = (member.getParent() != null) ? member.getParent().getId() : null;
			int changed = this.jdbc.sql("""
					update org_unit_placement set parent_id = :parent, path = :path
					where org_unit_id = :id and valid_from = :on
					""")
				.param("parent", parentId)
				.param("path", member.getPath())
				.param("id", member.getId())
				.param("on", on)
				.update();
			if (changed == 0) {
				this.jdbc.sql("""
						insert into org_unit_placement (org_unit_id, parent_id, path, valid_from, valid_to)
						select org_unit_id, :parent, :path, :on, valid_to from org_unit_placement
						where org_unit_id = :id and (valid_from is null or valid_from < :on)
						  and (valid_to is null or valid_to > :on)
						""")
					.param("parent", parentId)
					.param("path", member.getPath())
					.param("id", member.getId())
					.param("on", on)
					.update();
				this.jdbc.sql("""
						update org_unit_placement set valid_to = :on
						where org_unit_id = :id and (valid_from is null or valid_from < :on)
						  and (valid_to is null or valid_to > :on)
						""").param("id", member.getId()).param("on", on).update();
			}
			this.entities.saveAndFlush(member);
		}
		return moving.stream().map(OrgUnit::view).toList();
	}

	/**
	 * Keeps the records of a unit that has just closed (and of the closed units below it)
	 * under its successor in the present tree, so that whoever sees the successor sees
	 * the history it carries. Where the unit stood until it closed does not change.
	 */
	@Transactional
	public void keepUnder(OrgUnitView closedUnit, OrgUnitView successorUnit) {
		if (!closedUnit.closed() || closedUnit.contains(successorUnit)) {
			throw new IllegalArgumentException("Only a closed unit is kept under a successor outside it");
		}
		OrgUnit closed = entity(closedUnit);
		OrgUnit successor = entity(successorUnit);
		String oldPrefix = closed.getPath();
		List<OrgUnit> subtree = this.entities.findSubtree(closedUnit.subtreePattern());
		closed.moveUnder(successor);
		for (OrgUnit member : subtree) {
			if (member != closed) {
				member.rebase(oldPrefix, closed.getPath());
			}
			this.entities.saveAndFlush(member);
		}
	}

	private OrgUnit entity(OrgUnitView unit) {
		return this.entities.findById(unit.id())
			.orElseThrow(() -> new IllegalArgumentException("No unit " + unit.code()));
	}

}
