package org.programtracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.allocation.AllocationService;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.DecisionCommand;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.disbursement.DisbursementService;
import org.programtracker.disbursement.EntryCommand;
import org.programtracker.kernel.Money;
import org.programtracker.kernel.ProgressStatus;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.period.Quarter;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.SettableClock;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Needs attention" picks its plan lines in the database, with {@code order by … limit},
 * and picks exactly the lines the rule picked from every line of the subtree: the lagging
 * lines with a sizeable plan by the percent shown (one decimal, half up) and then the
 * largest plan, the lines over plan by the largest excess, ties in tree order.
 */
@IntegrationTest
@Import(SettableClock.Configuration.class)
@Transactional
class LinesNeedingAttentionTests {

	private static final int LIMIT = 5;

	private static final int CARRIED_DEADLINE_DAYS = 60;

	private static final BigDecimal CARRIED_LOW_PERCENT = BigDecimal.valueOf(80);

	@Autowired
	private ProgressService progress;

	@Autowired
	private PlanLineService planLines;

	@Autowired
	private AllocationService allocations;

	@Autowired
	private DisbursementService disbursements;

	@Autowired
	private Users users;

	@Autowired
	private SettableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void shouldPickWhatTheRulePicksFromEveryLineInEveryQuarterScopeAndThreshold() {
		int views = 0;
		int carriedDue = 0;
		for (int year = 2021; year <= 2025; year++) {
			for (int quarter = 1; quarter <= 4; quarter++) {
				for (String unit : new String[] { null, "HUA_BUM", "NAM_HANG" }) {
					for (String threshold : new String[] { "0", "100000000", "1000000000" }) {
						carriedDue += assertSamePick(new Quarter(year, quarter), unit, new BigDecimal(threshold));
						views++;
					}
				}
			}
		}
		assertThat(views).isEqualTo(180);
		assertThat(carriedDue).as("carried-over lines close to their deadline, in all views").isPositive();
	}

	@Test
	void shouldOrderByThePercentAsShownThenTheLargerPlanAndCountEveryLineOverPlan() {
		this.clock.setToday(LocalDate.of(2029, 12, 15));
		// 2029, Trung Chải: 6,25% and 6,26% both show 6,3% (half up), so the larger plan
		// comes first; 6,24% shows 6,2% and comes before both
		line("DA1", "1000", "62.5");
		line("DA2", "2000", "125.2");
		line("DA3", "1000", "62.4");
		line("DA4", "1000", "1010");
		line("DA5", "1000", "1250");
		line("DA6", "0", "3");

		LinesNeedingAttention picked = this.progress.linesNeedingAttention(OrgUnitScope.EVERYTHING, "TRUNG_CHAI",
				new Quarter(2029, 4), rule(BigDecimal.ZERO, LocalDate.of(2029, 12, 15)));

		assertThat(picked.lagging()).extracting(PlanLineProgress::componentCode).containsExactly("DA3", "DA2", "DA1");
		assertThat(picked.lagging()).extracting((line) -> line.percentOfPlan().value().toPlainString())
			.containsExactly("6.2", "6.3", "6.3");
		assertThat(picked.overPlan()).extracting(PlanLineProgress::componentCode).containsExactly("DA5", "DA4", "DA6");
		assertThat(picked.overPlanTotal()).isEqualTo(3);
		assertSamePick(new Quarter(2029, 4), "TRUNG_CHAI", BigDecimal.ZERO);
	}

	private void line(String component, String planMillions, String disbursedMillions) {
		PlanLineKey key = new PlanLineKey("TRUNG_CHAI", "DTTS", component, CapitalType.INVESTMENT, null, 2029, null);
		if (new BigDecimal(planMillions).signum() > 0) {
			this.allocations.create(this.users.admin(), new DecisionCommand(key, null, "7/QĐ-UBND",
					LocalDate.of(2029, 1, 10), Money.fromMillions(new BigDecimal(planMillions)), null));
		}
		this.disbursements.set(this.users.admin(), key, 4, new EntryCommand(
				Money.fromMillions(new BigDecimal(disbursedMillions)), null, null, "Giải ngân vượt kế hoạch", null));
	}

	private int assertSamePick(Quarter quarter, String unit, BigDecimal thresholdVnd) {
		List<PlanLineProgress> all = this.progress.planLines(OrgUnitScope.EVERYTHING, unit, null, null, quarter);
		List<PlanLineProgress> overPlan = all.stream()
			.filter((line) -> line.figures().needsReview())
			.sorted(Comparator.comparing(
					(PlanLineProgress line) -> line.figures().disbursedVnd().subtract(line.figures().planVnd()),
					Comparator.reverseOrder()))
			.toList();
		List<PlanLineProgress> lagging = all.stream().filter((line) -> {
			ProgressStatus status = line.percentOfPlan().status();
			return line.figures().planVnd().compareTo(thresholdVnd) >= 0
					&& (status == ProgressStatus.NOT_STARTED || status == ProgressStatus.IN_PROGRESS);
		})
			.sorted(Comparator.comparing((PlanLineProgress line) -> line.percentOfPlan().value())
				.thenComparing((line) -> line.figures().planVnd(), Comparator.reverseOrder()))
			.limit(LIMIT)
			.toList();

		LocalDate today = quarter.endDate().minusDays(20);
		LinesNeedingAttention picked = this.progress.linesNeedingAttention(OrgUnitScope.EVERYTHING, unit, quarter,
				rule(thresholdVnd, today));
		List<LinesNeedingAttention.DueLine> carriedDue = all.stream()
			.filter((line) -> line.carriedOver() && line.figures().planVnd().signum() > 0)
			.filter((line) -> line.percentOfPlan().value().compareTo(CARRIED_LOW_PERCENT) < 0)
			.map((line) -> new LinesNeedingAttention.DueLine(line,
					this.planLines.linesById(List.of(line.id())).get(line.id()).deadline()))
			.filter((due) -> due.deadline() != null && !due.deadline().isBefore(today)
					&& !due.deadline().isAfter(today.plusDays(CARRIED_DEADLINE_DAYS)))
			.sorted(Comparator.comparing(LinesNeedingAttention.DueLine::deadline))
			.toList();

		String view = quarter + " " + unit + " from " + thresholdVnd;
		assertThat(picked.lagging()).as("lagging, %s", view).isEqualTo(lagging);
		assertThat(picked.overPlan()).as("over plan, %s", view).isEqualTo(overPlan.stream().limit(LIMIT).toList());
		assertThat(picked.overPlanTotal()).as("over plan in all, %s", view).isEqualTo(overPlan.size());
		assertThat(picked.carriedDue()).as("carried over and due, %s", view)
			.isEqualTo(carriedDue.stream().limit(LIMIT).toList());
		assertThat(picked.carriedDueTotal()).as("carried over and due in all, %s", view).isEqualTo(carriedDue.size());
		return carriedDue.size();
	}

	private static AttentionRule rule(BigDecimal thresholdVnd, LocalDate today) {
		return new AttentionRule(thresholdVnd, LIMIT, today, CARRIED_DEADLINE_DAYS, CARRIED_LOW_PERCENT);
	}

}
