package org.programtracker.administration;

import java.util.ArrayList;
import java.util.List;

import org.programtracker.orgunit.OrgUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everything that refers to an org unit and so keeps it from being deleted: units below
 * or after it, accounts, programs, figures, report texts, directives and history. One
 * query per kind, read only when an administrator asks to delete.
 */
@Component
class OrgUnitDependencies {

	private static final int NAMED = 5;

	private final JdbcClient jdbc;

	OrgUnitDependencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<OrgUnitDependency> of(OrgUnit unit) {
		long id = unit.getId();
		List<OrgUnitDependency> found = new ArrayList<>();
		named(found, "children", "select name from org_unit where parent_id = :id order by sort_order, name", id);
		named(found, "successorOf", "select name from org_unit where successor_id = :id order by name", id);
		named(found, "users", "select username from app_user where org_unit_id = :id order by username", id);
		named(found, "standingAgency", "select code from program where standing_agency_id = :id order by sort_order",
				id);
		long planLines = count("select count(*) from plan_line where org_unit_id = :id", id);
		if (planLines > 0) {
			List<String> years = this.jdbc
				.sql("select distinct plan_year::text from plan_line where org_unit_id = :id order by 1")
				.param("id", id)
				.query(String.class)
				.list();
			found.add(new OrgUnitDependency("planLines", planLines, String.join(", ", years)));
		}
		counted(found, "directives", """
				select count(distinct d.id) from directive d
				left join directive_org_unit c on c.directive_id = d.id
				where d.org_unit_id = :id or d.responsible_unit_id = :id or c.org_unit_id = :id
				""", id);
		counted(found, "narrative", "select count(*) from narrative_entry where org_unit_id = :id", id);
		counted(found, "reportHeader", "select count(*) from report_header where org_unit_id = :id", id);
		counted(found, "printedFigures", "select count(*) from printed_figure where org_unit_id = :id", id);
		counted(found, "snapshots",
				"select count(distinct (year, quarter)) from summary_snapshot_line where org_unit_id = :id", id);
		counted(found, "submissions", "select count(*) from quarter_submission where org_unit_id = :id", id);
		counted(found, "history", "select count(*) from audit_entry where org_unit_id = :id", id);
		return found;
	}

	private void named(List<OrgUnitDependency> found, String kind, String sql, long id) {
		List<String> names = this.jdbc.sql(sql).param("id", id).query(String.class).list();
		if (!names.isEmpty()) {
			found.add(new OrgUnitDependency(kind, names.size(), names(names)));
		}
	}

	private void counted(List<OrgUnitDependency> found, String kind, String sql, long id) {
		long count = count(sql, id);
		if (count > 0) {
			found.add(new OrgUnitDependency(kind, count, ""));
		}
	}

	private long count(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	/**
	 * The first few names, and an ellipsis when there are more.
	 */
	static String names(List<String> names) {
		String shown = String.join(", ", names.subList(0, Math.min(NAMED, names.size())));
		return (names.size() > NAMED) ? shown + ", …" : shown;
	}

}
