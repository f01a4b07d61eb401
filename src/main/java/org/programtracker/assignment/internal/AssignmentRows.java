package org.programtracker.assignment.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.assignment.AssignmentView;
import org.programtracker.kernel.LocalizedName;
import org.programtracker.kernel.PageBounds;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads assignments as the register shows them, with the codes and names of their units
 * and program, in one statement per page whatever its size: the list, its count and total
 * are summed in the database.
 */
@Repository
public class AssignmentRows {

	private static final String COLUMNS = """
			select a.id, a.version, u.code as unit_code, u.name as unit_name, f.code as from_code,
			       f.name as from_name, p.code as program_code, p.name_vi, p.name_en, a.capital_type,
			       a.funding_source, a.plan_year, a.origin_year, a.decision_number, a.decision_date,
			       a.amount_vnd, a.note
			""";

	private static final String FROM = """
			from assignment a
			join org_unit u on u.id = a.org_unit_id
			left join org_unit f on f.id = a.from_unit_id
			join program p on p.id = a.program_id
			""";

	private final JdbcClient jdbc;

	AssignmentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AssignmentView> find(long id) {
		return this.jdbc.sql(COLUMNS + FROM + "where a.id = :id")
			.param("id", id)
			.query(AssignmentRows::view)
			.optional();
	}

	/**
	 * One page of the assignments the criteria let through, sorted by {@code sortKey}
	 * (then by id, the same way), and their total.
	 */
	public Found search(Criteria criteria, String sortKey, boolean ascending, int page, int pageSize) {
		PageRequest asked = PageBounds.of(page, pageSize);
		if (criteria.programIds() != null && criteria.programIds().isEmpty()) {
			return new Found(Page.empty(asked.withPage(0)), BigDecimal.ZERO);
		}
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(criteria, params);
		Totals totals = this.jdbc
			.sql("select count(*) as found, coalesce(sum(a.amount_vnd), 0) as total " + FROM + where)
			.params(params)
			.query((rs, row) -> new Totals(rs.getLong("found"), rs.getBigDecimal("total")))
			.single();
		PageRequest request = PageBounds.last(asked, totals.found());
		String direction = ascending ? " asc" : " desc";
		String order = switch (sortKey) {
			case "number" -> "a.decision_number" + direction;
			case "unit" -> "u.path" + direction;
			case "from" -> "f.path" + direction + (ascending ? " nulls first" : " nulls last");
			case "program" -> "p.sort_order" + direction + ", p.code" + direction;
			case "amount" -> "a.amount_vnd" + direction;
			default -> "a.decision_date" + direction;
		};
		List<AssignmentView> rows = this.jdbc
			.sql(COLUMNS + FROM + where + " order by " + order + ", a.id" + direction + " limit :limit offset :offset")
			.params(params)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query(AssignmentRows::view)
			.list();
		return new Found(new PageImpl<>(rows, request, totals.found()), totals.total());
	}

	/**
	 * The plan years that have assignments, latest first.
	 */
	public List<Integer> planYears() {
		return this.jdbc.sql("select distinct plan_year from assignment order by plan_year desc")
			.query(Integer.class)
			.list();
	}

	private static String where(Criteria criteria, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("u.path like :subtree escape '!'");
		params.put("subtree", criteria.subtreePattern());
		if (criteria.planYear() != null) {
			conditions.add("a.plan_year = :planYear");
			params.put("planYear", criteria.planYear());
		}
		if (criteria.programCode() != null) {
			conditions.add("p.code = :programCode");
			params.put("programCode", criteria.programCode());
		}
		if (criteria.capitalType() != null) {
			conditions.add("a.capital_type = :capitalType");
			params.put("capitalType", criteria.capitalType().name());
		}
		if (criteria.fundingSource() != null) {
			conditions.add("a.funding_source = :fundingSource");
			params.put("fundingSource", criteria.fundingSource().name());
		}
		if (criteria.fromOutside()) {
			conditions.add("a.from_unit_id is null");
		}
		else if (criteria.fromCode() != null) {
			conditions.add("f.code = :fromCode");
			params.put("fromCode", criteria.fromCode());
		}
		if (criteria.programIds() != null) {
			conditions.add("a.program_id in (:programIds)");
			params.put("programIds", criteria.programIds());
		}
		return "where " + String.join(" and ", conditions);
	}

	private static AssignmentView view(ResultSet rs, int row) throws SQLException {
		return new AssignmentView(rs.getLong("id"), rs.getLong("version"), rs.getString("unit_code"),
				rs.getString("unit_name"), rs.getString("from_code"), rs.getString("from_name"),
				rs.getString("program_code"), new LocalizedName(rs.getString("name_vi"), rs.getString("name_en")),
				CapitalType.valueOf(rs.getString("capital_type")),
				FundingSource.valueOf(rs.getString("funding_source")), rs.getInt("plan_year"), rs.getInt("origin_year"),
				rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
				rs.getBigDecimal("amount_vnd"), rs.getString("note"));
	}

	/**
	 * Which assignments to list: those received by the units whose path matches
	 * {@code subtreePattern}, and, where not {@code null}, of that plan year, program
	 * code, capital type, funding source and granting unit (or from outside the tree);
	 * {@code programIds}, unless {@code null}, limits the programs to a scope's.
	 */
	public record Criteria(String subtreePattern, Integer planYear, String programCode, CapitalType capitalType,
			FundingSource fundingSource, String fromCode, boolean fromOutside, Collection<Long> programIds) {

	}

	public record Found(Page<AssignmentView> page, BigDecimal total) {

	}

	private record Totals(long found, BigDecimal total) {

	}

}
