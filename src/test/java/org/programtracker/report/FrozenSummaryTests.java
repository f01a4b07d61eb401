package org.programtracker.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.programtracker.allocation.internal.Allocation;
import org.programtracker.allocation.AllocationKind;
import org.programtracker.allocation.internal.AllocationRepository;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.allocation.internal.PlanLine;
import org.programtracker.allocation.internal.PlanLineRepository;
import org.programtracker.directive.DirectiveStatus;
import org.programtracker.directive.DirectiveView;
import org.programtracker.orgunit.internal.OrgUnitRepository;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.period.Quarter;
import org.programtracker.program.internal.ProgramRepository;
import org.programtracker.progress.ProgressRow;
import org.programtracker.progress.ProgressService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Role;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A closed quarter's summary says what the conference read, however often it is
 * reprinted.
 */
@IntegrationTest
@Transactional
class FrozenSummaryTests {

	private static final AppUserPrincipal ADMIN = new AppUserPrincipal(0, "admin", "", "Admin", Role.ADMIN, null, null,
			true);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	@Autowired
	private QuarterlySummaryService summaries;

	@Autowired
	private ProgressService progress;

	@Autowired
	private PlanLineRepository planLines;

	@Autowired
	private AllocationRepository allocations;

	@Autowired
	private OrgUnitRepository orgUnits;

	@Autowired
	private ProgramRepository programs;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldReprintAClosedQuarterWithTheFiguresItWasFirstPrintedWith() {
		Quarter closed = new Quarter(2024, 1);
		assertThat(ntmInvestment(closed).figures().planVnd()).isEqualByComparingTo("2487000000");

		addBackdatedDecision(LocalDate.of(2024, 2, 1));

		assertThat(ntmInvestment(closed).figures().planVnd()).isEqualByComparingTo("2487000000");
		assertThat(this.progress.byProgram(OrgUnitScope.EVERYTHING, "NAM_NHUN", closed)
			.rows()
			.stream()
			.filter(row -> "NTM".equals(row.code()) && row.capitalType() == CapitalType.INVESTMENT)
			.findFirst()
			.orElseThrow()
			.figures()
			.planVnd()).isEqualByComparingTo("3487000000");
	}

	@Test
	void shouldReprintAClosedQuarterWithTheAssignedBaseItWasFirstPrintedWith() {
		Quarter closed = new Quarter(2024, 1);
		assertThat(ntmInvestment(closed).figures().assignedVnd()).isEqualByComparingTo("3150000000");

		// Written behind the service's back, as a late correction would be: the frozen
		// table does not move.
		this.jdbc.sql("update assignment set amount_vnd = amount_vnd + 1000000000 where decision_date <= '2024-03-31'")
			.update();

		assertThat(ntmInvestment(closed).figures().assignedVnd()).isEqualByComparingTo("3150000000");
	}

	@Test
	void shouldFollowEveryChangeWhileAQuarterIsOpen() {
		Quarter open = new Quarter(2024, 2);
		BigDecimal before = ntmInvestment(open).figures().planVnd();

		addBackdatedDecision(LocalDate.of(2024, 5, 1));

		assertThat(ntmInvestment(open).figures().planVnd())
			.isEqualByComparingTo(before.add(BigDecimal.valueOf(1_000_000_000L)));
	}

	@Test
	void shouldShowDirectivesAsTheyStoodWhenTheQuarterClosed() {
		QuarterlySummary first = this.summaries.summary(ADMIN, "NAM_NHUN", new Quarter(2024, 1), VIETNAMESE);

		assertThat(first.issuedOn()).isEqualTo(LocalDate.of(2024, 4, 5));
		assertThat(first.directives()).extracting(DirectiveView::status).containsOnly(DirectiveStatus.OPEN);
	}

	private ProgressRow ntmInvestment(Quarter quarter) {
		return this.summaries.summary(ADMIN, "NAM_NHUN", quarter, VIETNAMESE)
			.progress()
			.rows()
			.stream()
			.filter(row -> "NTM".equals(row.code()) && row.capitalType() == CapitalType.INVESTMENT)
			.findFirst()
			.orElseThrow();
	}

	private void addBackdatedDecision(LocalDate date) {
		PlanLine line = this.planLines.save(new PlanLine(this.orgUnits.findByCode("LE_LOI").orElseThrow().getId(),
				this.programs.findByCode("NTM").orElseThrow().getId(), null, CapitalType.INVESTMENT,
				FundingSource.LOCAL, 2024, 2024));
		this.allocations.save(new Allocation(line, AllocationKind.ALLOCATION, "999/QĐ-TEST", date,
				BigDecimal.valueOf(1_000_000_000L)));
	}

}
