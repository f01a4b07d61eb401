package org.programtracker.progress;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.kernel.LocalizedName;

import org.programtracker.orgunit.TreePosition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one aggregate query behind every progress figure: the read model's plan as of a
 * period and disbursed up to it ({@code line_figure}, one row per plan line and period),
 * summed in the database per program, component, capital type and carried-over flag for
 * the plan lines of an org-unit subtree. Where the tree has not changed since the
 * report's day, the sums by subtree come from the read model's rollups
 * ({@code subtree_figure}, V48: a few rows per subtree instead of a row per line). The
 * capital assigned comes from its own read model ({@code assigned_figure}, V51), one row
 * per group of assignments and period.
 */
@Repository
class ProgressFacts {

	/**
	 * The read model's row of each held line for the period asked: its plan as of the
	 * period and what was disbursed up to it.
	 */
	private static final String FIGURES = """
			join line_figure f on f.plan_line_id = hl.plan_line_id and f.period = :period""";

	/**
	 * Whether the rollups by subtree ({@code subtree_figure}, V48) answer for the tree
	 * date: each query below reads them when they do and the lines otherwise, the two
	 * branches of one statement, so that the choice is made in its snapshot.
	 */
	private static final String ROLLUPS_HOLD = "subtree_figures_hold(cast(:treeDate as date))";

	private static final String QUERY = """
			select program_id, component_id, capital_type, carried_over,
			       sum(plan_vnd) as plan_vnd, sum(disbursed_vnd) as disbursed_vnd
			from (
			    select pl.program_id, pl.component_id, pl.capital_type, pl.carried_over,
			           pl.planned_vnd as plan_vnd, pl.disbursed_vnd, pl.line_count
			    from subtree_figure_rows(:path, false, :year, :period, :period) pl
			    where %1$s %3$s
			    union all
			    select pl.program_id, pl.component_id, pl.capital_type, pl.origin_year < pl.plan_year,
			           f.planned_vnd, f.disbursed_vnd, 1
			    from held_lines(cast(:treeDate as date)) hl
			    join plan_line pl on pl.id = hl.reported_line_id
			    %2$s
			    where not %1$s and pl.plan_year = :year and hl.path like :subtree escape '!' %4$s %3$s
			) figures
			group by 1, 2, 3, 4
			having sum(line_count) > 0
			""";

	private final JdbcClient jdbc;

	ProgressFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Sums for the plan lines of {@code year} held by units matching
	 * {@code subtreePattern}, of one program or, when {@code programId} is {@code null},
	 * of all.
	 */
	List<Fact> sums(TreePosition at, int year, int period, Long programId) {
		return sums(at, year, period, programId, null);
	}

	/**
	 * Sums as above, limited to the programs of {@code visiblePrograms} unless it is
	 * {@code null}: a program officer's scope, applied in the query itself.
	 */
	List<Fact> sums(TreePosition at, int year, int period, Long programId, Collection<Long> visiblePrograms) {
		return sums(at, year, period, programId, visiblePrograms, null);
	}

	/**
	 * Sums as above, of the lines funded from {@code source} only unless it is
	 * {@code null}.
	 */
	List<Fact> sums(TreePosition at, int year, int period, Long programId, Collection<Long> visiblePrograms,
			FundingSource source) {
		String programFilter = (programId == null) ? "" : "and pl.program_id = :programId";
		String scopeFilter = (visiblePrograms == null) ? "" : "and pl.program_id = any(:visiblePrograms)";
		String sourceFilter = (source == null) ? "" : "and pl.funding_source = :source";
		JdbcClient.StatementSpec statement = this.jdbc
			.sql(QUERY.formatted(ROLLUPS_HOLD, FIGURES, programFilter + " " + scopeFilter + " " + sourceFilter,
					unitFilter(at)))
			.param("year", year)
			.param("path", at.path())
			.param("subtree", at.subtreePattern())
			.param("treeDate", at.day())
			.param("period", period);
		if (programId != null) {
			statement = statement.param("programId", programId);
		}
		if (visiblePrograms != null) {
			statement = statement.param("visiblePrograms", visiblePrograms.toArray(Long[]::new));
		}
		if (source != null) {
			statement = statement.param("source", source.name());
		}
		return statement
			.query((rs, rowNum) -> new Fact(rs.getLong("program_id"), (Long) rs.getObject("component_id"),
					CapitalType.valueOf(rs.getString("capital_type")), rs.getBoolean("carried_over"),
					new Figures(rs.getBigDecimal("plan_vnd"), rs.getBigDecimal("disbursed_vnd"))))
			.list();
	}

	Optional<Integer> firstPlanYear() {
		return this.jdbc.sql("select plan_year from plan_line order by plan_year limit 1")
			.query(Integer.class)
			.optional();
	}

	/**
	 * Sums for the plan lines held in the subtree of a unit, rolled up to the unit's
	 * children: one row per child (every child, with or without lines) and capital type,
	 * plus rows with an empty child code for lines the unit holds itself.
	 * {@code componentIds}, when not {@code null}, keeps only lines of those components.
	 */
	List<UnitFact> sumsByChildUnit(TreePosition at, int year, int period, Long programId, Collection<Long> componentIds,
			Collection<Long> visiblePrograms) {
		// from the rollups: each child's subtree, and the unit's own lines as its subtree
		// less its children's
		String sql = """
				with sums as (
				    select child_code, capital_type, carried_over, sum(plan_vnd) as plan_vnd,
				           sum(disbursed_vnd) as disbursed_vnd
				    from (
				        select split_part(pl.subtree_path, '/', :childPart) as child_code, pl.capital_type,
				               pl.carried_over, pl.planned_vnd as plan_vnd, pl.disbursed_vnd, pl.line_count
				        from subtree_figure_rows(:path, true, :year, :period, :period) pl
				        where %3$s %4$s
				        union all
				        select '', pl.capital_type, pl.carried_over, -pl.planned_vnd, -pl.disbursed_vnd, -pl.line_count
				        from subtree_figure_rows(:path, true, :year, :period, :period) pl
				        where %3$s %4$s
				        union all
				        select '', pl.capital_type, pl.carried_over, pl.planned_vnd, pl.disbursed_vnd, pl.line_count
				        from subtree_figure_rows(:path, false, :year, :period, :period) pl
				        where %3$s %4$s
				        union all
				        select split_part(hl.path, '/', :childPart), pl.capital_type, pl.origin_year < pl.plan_year,
				               f.planned_vnd, f.disbursed_vnd, 1
				        from held_lines(cast(:treeDate as date)) hl
				        join plan_line pl on pl.id = hl.reported_line_id
				        %1$s
				        where not %3$s and pl.plan_year = :year and hl.path like :subtree escape '!' %2$s
				    ) figures
				    group by 1, 2, 3
				    having sum(line_count) > 0
				)
				select coalesce(c.code, s.child_code) as child_code,
				       coalesce(c.name, (select gone.name from org_unit gone where gone.code = s.child_code)) as name,
				       s.capital_type, s.carried_over, s.plan_vnd, s.disbursed_vnd
				from (select u.code, u.name, u.sort_order from units_on(cast(:treeDate as date)) t
				      join org_unit u on u.id = t.org_unit_id where t.parent_id = :unitId) c
				full outer join sums s on s.child_code = c.code
				order by c.sort_order nulls first, c.name nulls first, s.capital_type, s.carried_over
				""".formatted(FIGURES, lineFilter(at, programId, componentIds, visiblePrograms), ROLLUPS_HOLD,
				rollupFilter(programId, componentIds, visiblePrograms));
		return bind(this.jdbc.sql(sql), at, year, period, programId, componentIds, visiblePrograms)
			.param("unitId", at.id())
			.param("childPart", at.depth() + 3)
			.query((rs, rowNum) -> {
				String capitalType = rs.getString("capital_type");
				return new UnitFact(rs.getString("child_code"), rs.getString("name"),
						(capitalType == null) ? null : CapitalType.valueOf(capitalType), rs.getBoolean("carried_over"),
						(capitalType == null) ? Figures.ZERO
								: new Figures(rs.getBigDecimal("plan_vnd"), rs.getBigDecimal("disbursed_vnd")));
			})
			.list();
	}

	/**
	 * The plan lines held in the subtree with their figures, as the relation
	 * {@code lines}, to be selected from by the statement that follows; with the percent
	 * of plan as "needs attention" ranks it ({@link #PERCENT_KEY}) and whether the line
	 * is over its plan or disbursed without one, as {@code reported_figure} keeps them.
	 */
	private static final String LINES = """
			with reported as (
			    select hl.reported_line_id, hl.path, sum(f.planned_vnd) as plan_vnd,
			           sum(f.disbursed_vnd) as disbursed_vnd
			    from held_lines(cast(:treeDate as date)) hl
			    join plan_line pl on pl.id = hl.reported_line_id
			    %s
			    where pl.plan_year = :year and hl.path like :subtree escape '!' %s
			    group by 1, 2
			), lines as (
			    select pl.id, ou.code as unit_code, ou.name as unit_name, pr.code as program_code,
			           c.code as component_code, c.name_vi as component_vi, c.name_en as component_en,
			           pl.capital_type, pl.funding_source, pl.origin_year, pl.origin_year < pl.plan_year as carried_over,
			           pl.deadline, r.plan_vnd, r.disbursed_vnd, r.path, pr.sort_order as program_order,
			           %3$s as percent_key,
			           (r.plan_vnd > 0 and r.disbursed_vnd > r.plan_vnd) or (r.plan_vnd <= 0 and r.disbursed_vnd <> 0) as over_plan
			    from reported r
			    join plan_line pl on pl.id = r.reported_line_id
			    join org_unit ou on ou.id = pl.org_unit_id
			    join program pr on pr.id = pl.program_id
			    left join program_component c on c.id = pl.component_id
			)
			""";

	/**
	 * The percent of plan rounded half up to one decimal, times ten, in exact integer
	 * arithmetic: floor((2000 |d| + p) / 2p), with the sign of d; as
	 * {@code reported_figure.percent_key} (V53) keeps it.
	 */
	private static final String PERCENT_KEY = """
			case when r.plan_vnd > 0
			     then sign(r.disbursed_vnd) * div(2000 * abs(r.disbursed_vnd) + r.plan_vnd, 2 * r.plan_vnd) end""";

	/**
	 * The lines held in the subtree with their figures, as {@link #LINES} gives them,
	 * from the read model's rows per reported line ({@code reported_figure}, V53) as the
	 * relation {@code current_lines}: they answer where the rollups do (the tree has not
	 * changed since the report's day, so the lines held are the current holdings, placed
	 * where their units stand now). At the root not materialized, so that each list reads
	 * it in its own order, the first rows of an index in that order; below the root
	 * materialized, so that the subtree's lines are found once for the three lists, not
	 * once a list (a province: 1,400 lines, 8 ms each time at the size of the country).
	 */
	private static final String CURRENT_LINES = """
			, current_lines as %s materialized (
			    select pl.id, ou.code as unit_code, ou.name as unit_name, pr.code as program_code,
			           c.code as component_code, c.name_vi as component_vi, c.name_en as component_en,
			           pl.capital_type, pl.funding_source, pl.origin_year, pl.origin_year < pl.plan_year as carried_over,
			           pl.deadline, rf.planned_vnd as plan_vnd, rf.disbursed_vnd, q.path, pr.sort_order as program_order,
			           rf.percent_key, rf.over_plan
			    from reported_figure rf
			    join plan_line pl on pl.id = rf.reported_line_id
			    cross join lateral (select q.path from org_unit_placement q where q.org_unit_id = pl.org_unit_id
			                        order by q.valid_from desc nulls last limit 1) q
			    join org_unit ou on ou.id = pl.org_unit_id
			    join program pr on pr.id = pl.program_id
			    left join program_component c on c.id = pl.component_id
			    where rf.plan_year = :year and rf.period = :period and pl.plan_year = :year
			      and q.path like :subtree escape '!' %s
			)
			""";

	/**
	 * The tree order of the lines: by holding unit, program, component, capital type and
	 * origin year.
	 */
	private static final String TREE_ORDER = """
			path, program_order, program_code, component_code nulls first, capital_type, origin_year, id""";

	/**
	 * One row per plan line held in the subtree, with its sums, in tree order of the
	 * holding units.
	 */
	List<LineFact> sumsByPlanLine(TreePosition at, int year, int period, Long programId, Collection<Long> componentIds,
			Collection<Long> visiblePrograms) {
		String sql = LINES.formatted(FIGURES, lineFilter(at, programId, componentIds, visiblePrograms), PERCENT_KEY)
				+ "select * from lines order by " + TREE_ORDER;
		return bind(this.jdbc.sql(sql), at, year, period, programId, componentIds, visiblePrograms)
			.query((rs, rowNum) -> lineFact(rs))
			.list();
	}

	/**
	 * The lines of the subtree that need attention, picked in the database: the first
	 * {@code limit} lagging lines (a plan of at least {@code thresholdVnd}, not started
	 * or in progress; the lowest percent of plan first, as the percent is shown to one
	 * decimal, then the largest plan), the first {@code limit} lines over plan or
	 * disbursed without a plan (the largest excess first) with how many there are, and
	 * the first {@code limit} carried-over lines close to their own deadline with a low
	 * percent (the nearest deadline first) with how many there are. Ties keep the tree
	 * order.
	 */
	AttentionFacts attentionFacts(TreePosition at, int year, int period, AttentionRule rule,
			Collection<Long> visiblePrograms) {
		// each list twice: from the lines through their holdings that day, and from the
		// rows per reported line where those answer; one of the two reads nothing
		String filter = lineFilter(at, null, null, visiblePrograms);
		String sql = LINES.formatted(FIGURES, filter, PERCENT_KEY)
				+ CURRENT_LINES.formatted((at.depth() == 0) ? "not" : "", filter) + String.join("union all\n",
						attentionList("lines", "not " + ROLLUPS_HOLD), attentionList("current_lines", ROLLUPS_HOLD));
		List<LineFact> lagging = new ArrayList<>();
		List<LineFact> overPlan = new ArrayList<>();
		List<DueFact> carriedDue = new ArrayList<>();
		int[] totals = { 0, 0 };
		bind(this.jdbc.sql(sql), at, year, period, null, null, visiblePrograms).param("threshold", rule.thresholdVnd())
			.param("limit", rule.limit())
			.param("today", rule.today())
			.param("dueBy", rule.today().plusDays(rule.carriedDeadlineDays()))
			.param("lowPercent", rule.carriedLowPercent())
			.query((rs) -> {
				switch (rs.getString("list")) {
					case "LAGGING" -> lagging.add(lineFact(rs));
					case "OVER_PLAN" -> {
						overPlan.add(lineFact(rs));
						totals[0] = rs.getInt("total");
					}
					default -> {
						carriedDue.add(new DueFact(lineFact(rs), rs.getObject("deadline", LocalDate.class)));
						totals[1] = rs.getInt("total");
					}
				}
			});
		return new AttentionFacts(lagging, overPlan, totals[0], carriedDue, totals[1]);
	}

	/**
	 * The three lists of {@link #attentionFacts}, read from {@code relation} when
	 * {@code condition} holds.
	 */
	private static String attentionList(String relation, String condition) {
		return """
				(select 'LAGGING' as list, l.*, 0 as total from %1$s l
				 where %2$s and l.plan_vnd > 0 and l.plan_vnd >= :threshold and l.disbursed_vnd < l.plan_vnd
				 order by l.percent_key, l.plan_vnd desc, %3$s
				 limit :limit)
				union all
				(select 'OVER_PLAN', l.*, count(*) over () from %1$s l
				 where %2$s and l.over_plan
				 order by l.disbursed_vnd - l.plan_vnd desc, %3$s
				 limit :limit)
				union all
				(select 'CARRIED_DUE', l.*, count(*) over () from %1$s l
				 where %2$s and l.carried_over and l.plan_vnd > 0 and l.deadline between :today and :dueBy
				   and l.percent_key < 10 * :lowPercent
				 order by l.deadline, %3$s
				 limit :limit)
				""".formatted(relation, condition, TREE_ORDER);
	}

	private static LineFact lineFact(ResultSet rs) throws SQLException {
		return new LineFact(rs.getLong("id"), rs.getString("unit_code"), rs.getString("unit_name"),
				rs.getString("program_code"), rs.getString("component_code"),
				(rs.getString("component_code") == null) ? null
						: new LocalizedName(rs.getString("component_vi"), rs.getString("component_en")),
				CapitalType.valueOf(rs.getString("capital_type")), rs.getString("funding_source"),
				rs.getInt("origin_year"), rs.getBoolean("carried_over"),
				new Figures(rs.getBigDecimal("plan_vnd"), rs.getBigDecimal("disbursed_vnd")));
	}

	/**
	 * The plan year's own capital (carried-over capital left out) per program, quarter by
	 * quarter: the plan as of each quarter's last day and the amount disbursed from
	 * quarter 1 up to that quarter.
	 */
	List<QuarterFact> cumulativeByQuarter(TreePosition at, int year, int upToPeriod, Collection<Long> visiblePrograms) {
		String sql = """
				select program_id, capital_type, quarter, sum(plan_vnd) as plan_vnd, sum(disbursed_vnd) as disbursed_vnd
				from (
				    select pl.program_id, pl.capital_type, pl.period as quarter, pl.planned_vnd as plan_vnd,
				           pl.disbursed_vnd, pl.line_count
				    from subtree_figure_rows(:path, false, :year, 1, :period) pl
				    where %2$s and not pl.carried_over %3$s
				    union all
				    select pl.program_id, pl.capital_type, f.period, f.planned_vnd, f.disbursed_vnd, 1
				    from held_lines(cast(:treeDate as date)) hl
				    join plan_line pl on pl.id = hl.reported_line_id
				    join line_figure f on f.plan_line_id = hl.plan_line_id and f.period <= :period
				    where not %2$s and pl.plan_year = :year and pl.origin_year = pl.plan_year
				      and hl.path like :subtree escape '!' %1$s
				) figures
				group by 1, 2, 3
				having sum(line_count) > 0
				""".formatted(lineFilter(at, null, null, visiblePrograms), ROLLUPS_HOLD,
				rollupFilter(null, null, visiblePrograms));
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.param("year", year)
			.param("path", at.path())
			.param("subtree", at.subtreePattern())
			.param("treeDate", at.day())
			.param("period", upToPeriod);
		if (visiblePrograms != null) {
			statement = statement.param("visiblePrograms", visiblePrograms.toArray(Long[]::new));
		}
		return statement
			.query((rs, rowNum) -> new QuarterFact(rs.getLong("program_id"),
					CapitalType.valueOf(rs.getString("capital_type")), rs.getInt("quarter"),
					new Figures(rs.getBigDecimal("plan_vnd"), rs.getBigDecimal("disbursed_vnd"))))
			.list();
	}

	/**
	 * The read model's groups of assignments counted in the period
	 * ({@code assigned_figure}, V51), with the paths of their receiving and granting
	 * units on the tree date, each unit's path worked out once: from its place that day
	 * where it had one, through {@code unit_path_on} (its successor's place, once merged)
	 * otherwise. Below the root, only the groups received by a unit that could stand in
	 * the subtree that day are read: one placed in it at some time, or merged into such a
	 * unit ({@code candidates}).
	 */
	private static final String RECEIVED = """
			with recursive candidates (id) as (
			    select q.org_unit_id from org_unit_placement q where q.path like :subtree escape '!'
			    union
			    select u.id from org_unit u join candidates c on u.successor_id = c.id
			),
			groups as (
			    select a.program_id, a.capital_type, a.carried_over, a.assigned_vnd, a.org_unit_id, a.from_unit_id
			    from assigned_figure a
			    where a.plan_year = :year and a.period = :period %s
			),
			paths as materialized (
			    select u.id, coalesce(placed.path, unit_path_on(u.id, cast(:treeDate as date))) as path
			    from (select org_unit_id from groups union select from_unit_id from groups) u (id)
			    left join lateral (
			        select q.path from org_unit_placement q
			        where q.org_unit_id = u.id
			          and (q.valid_from is null or q.valid_from <= cast(:treeDate as date))
			          and (q.valid_to is null or q.valid_to > cast(:treeDate as date))
			        limit 1
			    ) placed on true
			    where u.id is not null
			),
			received as (
			    select g.program_id, g.capital_type, g.carried_over, g.assigned_vnd, t.path as to_path, f.path as from_path
			    from groups g
			    join paths t on t.id = g.org_unit_id
			    left join paths f on f.id = g.from_unit_id
			)
			""";

	/**
	 * {@link #RECEIVED}'s groups received by a unit that could stand in the subtree,
	 * below the root; at the root every unit could.
	 */
	private static String receivedFilter(TreePosition at) {
		return (at.depth() == 0) ? "" : " and a.org_unit_id in (select id from candidates)";
	}

	/**
	 * The capital assigned to the subtree of the unit at {@code at} as of a period, per
	 * program, capital type and whether it was carried over: the assignments received by
	 * the unit or a unit below it from outside the subtree. An assignment from the unit
	 * to one of its own units is inside the subtree and is not counted again.
	 */
	List<AssignedFact> assigned(TreePosition at, int year, int period, Long programId,
			Collection<Long> visiblePrograms) {
		return assigned(at, year, period, programId, visiblePrograms, null);
	}

	/**
	 * The capital assigned as above, from {@code source} only unless it is {@code null}.
	 */
	List<AssignedFact> assigned(TreePosition at, int year, int period, Long programId, Collection<Long> visiblePrograms,
			FundingSource source) {
		String sql = RECEIVED
			.formatted(receivedFilter(at) + assignmentFilter(programId, visiblePrograms)
					+ ((source == null) ? "" : " and a.funding_source = :source"))
				+ """
						select program_id, capital_type, carried_over, sum(assigned_vnd) as assigned_vnd
						from received
						where to_path like :subtree escape '!' and (from_path is null or not starts_with(from_path, :unitPath))
						group by program_id, capital_type, carried_over
						""";
		JdbcClient.StatementSpec statement = bindAssignments(this.jdbc.sql(sql), at, year, period, programId,
				visiblePrograms);
		if (source != null) {
			statement = statement.param("source", source.name());
		}
		return statement
			.query((rs, rowNum) -> new AssignedFact(null, rs.getLong("program_id"),
					CapitalType.valueOf(rs.getString("capital_type")), rs.getBoolean("carried_over"),
					rs.getBigDecimal("assigned_vnd")))
			.list();
	}

	/**
	 * The capital assigned as {@link #assigned} does, to the subtree of each child of the
	 * unit: what the child or a unit below it received from outside the child's subtree
	 * (from the unit, or from above it), keyed by the child's code; and in the same
	 * statement, with no child code, what {@link #assigned} answers for the unit's own
	 * subtree, so that the groups are read once.
	 */
	List<AssignedFact> assignedByChildUnit(TreePosition at, int year, int period, Long programId,
			Collection<Long> visiblePrograms) {
		String sql = RECEIVED.formatted(receivedFilter(at) + assignmentFilter(programId, visiblePrograms)) + """
				,
				below as (
				    select split_part(to_path, '/', :childPart) as child_code, program_id, capital_type, carried_over,
				           assigned_vnd, from_path
				    from received
				    where to_path like :subtree escape '!' and to_path <> :unitPath
				)
				select child_code, program_id, capital_type, carried_over, sum(assigned_vnd) as assigned_vnd
				from below
				where from_path is null or not starts_with(from_path, :unitPath || child_code || '/')
				group by child_code, program_id, capital_type, carried_over
				union all
				select null, program_id, capital_type, carried_over, sum(assigned_vnd)
				from received
				where to_path like :subtree escape '!' and (from_path is null or not starts_with(from_path, :unitPath))
				group by program_id, capital_type, carried_over
				""";
		return bindAssignments(this.jdbc.sql(sql), at, year, period, programId, visiblePrograms)
			.param("childPart", at.depth() + 3)
			.query((rs, rowNum) -> new AssignedFact(rs.getString("child_code"), rs.getLong("program_id"),
					CapitalType.valueOf(rs.getString("capital_type")), rs.getBoolean("carried_over"),
					rs.getBigDecimal("assigned_vnd")))
			.list();
	}

	private static String assignmentFilter(Long programId, Collection<Long> visiblePrograms) {
		return ((programId == null) ? "" : " and a.program_id = :programId")
				+ ((visiblePrograms == null) ? "" : " and a.program_id = any(:visiblePrograms)");
	}

	private static JdbcClient.StatementSpec bindAssignments(JdbcClient.StatementSpec statement, TreePosition at,
			int year, int period, Long programId, Collection<Long> visiblePrograms) {
		JdbcClient.StatementSpec bound = statement.param("year", year)
			.param("unitPath", at.path())
			.param("subtree", at.subtreePattern())
			.param("treeDate", at.day())
			.param("period", period);
		if (programId != null) {
			bound = bound.param("programId", programId);
		}
		if (visiblePrograms != null) {
			bound = bound.param("visiblePrograms", visiblePrograms.toArray(Long[]::new));
		}
		return bound;
	}

	/**
	 * The plan line with this id, with the codes and names of its holding unit, program
	 * and component.
	 */
	Optional<LineHeader> lineHeader(long id) {
		return this.jdbc.sql("""
				select pl.id, ou.code as unit_code, ou.name as unit_name, pl.program_id, pr.code as program_code,
				       pr.name_vi as program_vi, pr.name_en as program_en, c.code as component_code,
				       c.name_vi as component_vi, c.name_en as component_en,
				       pl.capital_type, pl.funding_source, pl.plan_year, pl.origin_year
				from plan_line pl
				join org_unit ou on ou.id = pl.org_unit_id
				join program pr on pr.id = pl.program_id
				left join program_component c on c.id = pl.component_id
				where pl.id = :id
				""")
			.param("id", id)
			.query((rs, rowNum) -> new LineHeader(rs.getLong("id"), rs.getString("unit_code"),
					rs.getString("unit_name"), rs.getLong("program_id"), rs.getString("program_code"),
					new LocalizedName(rs.getString("program_vi"), rs.getString("program_en")),
					rs.getString("component_code"),
					(rs.getString("component_code") == null) ? null
							: new LocalizedName(rs.getString("component_vi"), rs.getString("component_en")),
					CapitalType.valueOf(rs.getString("capital_type")), rs.getString("funding_source"),
					rs.getInt("plan_year"), rs.getInt("origin_year")))
			.optional();
	}

	/**
	 * The entries behind one plan line: its allocation decisions and adjustments in date
	 * order, then its quarterly disbursements in quarter order.
	 */
	List<Entry> entries(long planLineId) {
		return this.jdbc.sql("""
				select false as disbursement, a.kind, a.decision_number, a.decision_date, null::integer as quarter,
				       a.amount_vnd, null::numeric as advance_vnd, null::numeric as recovered_vnd, a.note, a.id
				from allocation a
				where a.plan_line_id in (select plan_line_id from plan_line_holding where reported_line_id = :id)
				union all
				select true, null, null, null, d.quarter,
				       d.amount_vnd, d.advance_vnd, d.advance_recovered_vnd, d.note, d.id
				from disbursement d
				where d.plan_line_id in (select plan_line_id from plan_line_holding where reported_line_id = :id)
				order by 1, 4, 5, 10
				""")
			.param("id", planLineId)
			.query((rs, rowNum) -> new Entry(rs.getBoolean("disbursement"), rs.getString("kind"),
					rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
					(Integer) rs.getObject("quarter"), rs.getBigDecimal("amount_vnd"), rs.getBigDecimal("advance_vnd"),
					rs.getBigDecimal("recovered_vnd"), rs.getString("note")))
			.list();
	}

	/**
	 * What follows from a held line's place in the subtree: its reporting unit has a
	 * placement in the subtree. Said as well, it lets the database start from the
	 * subtree's units and their lines (indexes on the placements' paths and the lines'
	 * units) instead of every line of the year; a commune's report then reads a commune's
	 * lines.
	 */
	private static final String UNIT_PLACED_IN_SUBTREE = """
			and pl.org_unit_id in (select q.org_unit_id from org_unit_placement q where q.path like :subtree escape '!')""";

	/**
	 * {@link #UNIT_PLACED_IN_SUBTREE} below the root; for the whole tree it would only
	 * make the database check every unit.
	 */
	private static String unitFilter(TreePosition at) {
		return (at.depth() == 0) ? "" : UNIT_PLACED_IN_SUBTREE;
	}

	/**
	 * The conditions of {@link #lineFilter} that the rollups can be asked (they are kept
	 * per program, component and funding source, not per unit).
	 */
	private static String rollupFilter(Long programId, Collection<Long> componentIds,
			Collection<Long> visiblePrograms) {
		return ((programId == null) ? "" : " and pl.program_id = :programId")
				+ ((componentIds == null) ? "" : " and pl.component_id in (:componentIds)")
				+ ((visiblePrograms == null) ? "" : " and pl.program_id = any(:visiblePrograms)");
	}

	private static String lineFilter(TreePosition at, Long programId, Collection<Long> componentIds,
			Collection<Long> visiblePrograms) {
		return unitFilter(at) + rollupFilter(programId, componentIds, visiblePrograms);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, TreePosition at, int year,
			int period, Long programId, Collection<Long> componentIds, Collection<Long> visiblePrograms) {
		JdbcClient.StatementSpec bound = statement.param("year", year)
			.param("path", at.path())
			.param("subtree", at.subtreePattern())
			.param("treeDate", at.day())
			.param("period", period);
		if (programId != null) {
			bound = bound.param("programId", programId);
		}
		if (componentIds != null) {
			bound = bound.param("componentIds", componentIds);
		}
		if (visiblePrograms != null) {
			bound = bound.param("visiblePrograms", visiblePrograms.toArray(Long[]::new));
		}
		return bound;
	}

	record UnitFact(String childCode, String childName, CapitalType capitalType, boolean carriedOver, Figures figures) {

	}

	record LineFact(long id, String unitCode, String unitName, String programCode, String componentCode,
			LocalizedName componentName, CapitalType capitalType, String fundingSource, int originYear,
			boolean carriedOver, Figures figures) {

	}

	/**
	 * What {@link #attentionFacts} picked.
	 */
	record AttentionFacts(List<LineFact> lagging, List<LineFact> overPlan, int overPlanTotal, List<DueFact> carriedDue,
			int carriedDueTotal) {

	}

	/**
	 * A carried-over line and its own deadline.
	 */
	record DueFact(LineFact line, LocalDate deadline) {

	}

	record QuarterFact(long programId, CapitalType capitalType, int quarter, Figures figures) {

	}

	record LineHeader(long id, String unitCode, String unitName, long programId, String programCode,
			LocalizedName programName, String componentCode, LocalizedName componentName, CapitalType capitalType,
			String fundingSource, int planYear, int originYear) {

	}

	record Entry(boolean disbursement, String kind, String decisionNumber, LocalDate decisionDate, Integer quarter,
			BigDecimal amountVnd, BigDecimal advanceVnd, BigDecimal recoveredVnd, String note) {

	}

	/**
	 * Capital assigned: to a child unit's subtree (by its code; empty for the unit
	 * itself) or, with no child code, to the reported subtree.
	 */
	record AssignedFact(String childCode, long programId, CapitalType capitalType, boolean carriedOver,
			BigDecimal assignedVnd) {

	}

	record Fact(long programId, Long componentId, CapitalType capitalType, boolean carriedOver, Figures figures) {

	}

}
