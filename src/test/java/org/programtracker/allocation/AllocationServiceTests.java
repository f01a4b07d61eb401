package org.programtracker.allocation;

import org.programtracker.allocation.internal.Allocation;

import org.programtracker.allocation.internal.AllocationRepository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.programtracker.kernel.AuditAction;
import org.programtracker.audit.AuditTrail.AuditRecord;
import org.programtracker.audit.AuditTrail;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.period.ClosedPeriodException;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
@Transactional
class AllocationServiceTests {

	private static final BigDecimal BILLION = new BigDecimal("1000000000");

	@Autowired
	private AllocationService service;

	@Autowired
	private AllocationRepository allocations;

	@Autowired
	private PlanLineService planLines;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private Users users;

	@Test
	void shouldCreateADecisionOnANewPlanLineAndAuditIt() {
		Allocation created = this.service.create(this.users.admin(),
				decision(key("HUA_BUM", 2030, null), null, "12/QĐ-UBND", LocalDate.of(2030, 1, 10), BILLION));

		assertThat(created.getKind()).isEqualTo(AllocationKind.ALLOCATION);
		assertThat(this.planLines.unitOf(created.getPlanLine().view()).code()).isEqualTo("HUA_BUM");
		assertThat(created.getPlanLine().isCarriedOver()).isFalse();
		List<AuditRecord> rows = this.audit.ofSubject(AuditSubject.ALLOCATION, created.getId());
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.action()).isEqualTo(AuditAction.CREATE);
			assertThat(row.username()).isEqualTo("admin");
			assertThat(row.before()).isNull();
			assertThat(row.after()).containsEntry("decisionNumber", "12/QĐ-UBND");
			assertThat((BigDecimal) row.after().get("amountVnd")).isEqualByComparingTo("1000000000");
			assertThat(row.year()).isEqualTo(2030);
			assertThat(row.quarter()).isEqualTo(1);
		});
	}

	@Test
	void shouldKeepANegativeAdjustmentAsItsOwnDecision() {
		Allocation first = this.service.create(this.users.admin(),
				decision(key("HUA_BUM", 2030, null), null, "12/QĐ-UBND", LocalDate.of(2030, 1, 10), BILLION));
		Allocation cut = this.service.create(this.users.admin(), decision(key("HUA_BUM", 2030, null), null,
				"340/QĐ-UBND", LocalDate.of(2030, 6, 2), new BigDecimal("-250000000")));

		assertThat(cut.getKind()).isEqualTo(AllocationKind.ADJUSTMENT);
		assertThat(cut.getPlanLine()).isSameAs(first.getPlanLine());
		assertThat(this.planLines.figuresOf(first.getPlanLine().view(), LocalDate.of(2030, 3, 31), 1).planVnd())
			.isEqualByComparingTo(BILLION);
		assertThat(this.planLines.figuresOf(first.getPlanLine().view(), LocalDate.of(2030, 6, 30), 2).planVnd())
			.isEqualByComparingTo("750000000");
	}

	@Test
	void shouldRefuseANegativeAmountOnAnAllocationThatIsNoAdjustment() {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(
					() -> this.service
						.create(this.users.admin(),
								decision(key("HUA_BUM", 2030, null), AllocationKind.ALLOCATION, "1/QĐ",
										LocalDate.of(2030, 1, 10), new BigDecimal("-1"))))
			.satisfies(ex -> {
				assertThat(ex.getField()).isEqualTo("amountVnd");
				assertThat(ex.getMessageKey()).isEqualTo("decision.negativeOnlyAdjustment");
			});
	}

	@Test
	void shouldRefuseADecisionWithoutNumberOrDate() {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.service.create(this.users.admin(),
					decision(key("HUA_BUM", 2030, null), null, " ", LocalDate.of(2030, 1, 10), BILLION)))
			.satisfies(ex -> assertThat(ex.getField()).isEqualTo("decisionNumber"));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.service.create(this.users.admin(),
					decision(key("HUA_BUM", 2030, null), null, "1/QĐ", null, BILLION)))
			.satisfies(ex -> assertThat(ex.getField()).isEqualTo("decisionDate"));
	}

	@Test
	void shouldEnterCarriedOverCapitalWithItsOriginYear() {
		Allocation carried = this.service.create(this.users.admin(),
				decision(key("HUA_BUM", 2030, 2029), null, "5/QĐ-UBND", LocalDate.of(2030, 1, 4), BILLION));

		assertThat(carried.getPlanLine().isCarriedOver()).isTrue();
		assertThat(carried.getPlanLine().getOriginYear()).isEqualTo(2029);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.service.create(this.users.admin(),
					decision(key("HUA_BUM", 2030, 2031), null, "5/QĐ-UBND", LocalDate.of(2030, 1, 4), BILLION)))
			.satisfies(ex -> assertThat(ex.getField()).isEqualTo("originYear"));
	}

	@Test
	void shouldRefuseADecisionThatWouldMoveTheplanOfAClosedQuarter() {
		// 2024 Q1 is closed in the demo: a decision dated in it, or before the plan year,
		// counts in its plan
		assertThatExceptionOfType(ClosedPeriodException.class)
			.isThrownBy(() -> this.service.create(this.users.admin(),
					decision(key("HUA_BUM", 2024, null), null, "7/QĐ", LocalDate.of(2024, 2, 1), BILLION)))
			.satisfies(ex -> assertThat(ex.getQuarter().quarter()).isEqualTo(1));
		assertThatExceptionOfType(ClosedPeriodException.class).isThrownBy(() -> this.service.create(this.users.admin(),
				decision(key("HUA_BUM", 2024, null), null, "7/QĐ", LocalDate.of(2023, 12, 20), BILLION)));

		Allocation april = this.service.create(this.users.admin(),
				decision(key("HUA_BUM", 2024, null), null, "7/QĐ", LocalDate.of(2024, 4, 2), BILLION));
		assertThat(april.getId()).isNotNull();
	}

	@Test
	void shouldRefuseToChangeOrDeleteADecisionOfAClosedQuarter() {
		Allocation closed = demoDecision("HUA_BUM", "126/QĐ-UBND");

		assertThatExceptionOfType(ClosedPeriodException.class)
			.isThrownBy(() -> this.service.change(this.users.admin(), closed.getId(), closed.getVersion(),
					decision(null, null, "126/QĐ-UBND", LocalDate.of(2024, 4, 5), closed.getAmountVnd())));
		assertThatExceptionOfType(ClosedPeriodException.class)
			.isThrownBy(() -> this.service.delete(this.users.admin(), closed.getId(), closed.getVersion(), null));
	}

	@Test
	void shouldChangeADecisionAndAuditOldAndNewValues() {
		Allocation created = this.service.create(this.users.editor(),
				decision(key("HUA_BUM", 2030, null), null, "12/QĐ-UBND", LocalDate.of(2030, 1, 10), BILLION));

		Allocation changed = this.service.change(this.users.editor(), created.getId(), created.getVersion(),
				decision(null, null, "12/QĐ-UBND", LocalDate.of(2030, 1, 10), new BigDecimal("1200000000"))
					.withNote("Sửa số nhập nhầm"));

		assertThat(changed.getAmountVnd()).isEqualByComparingTo("1200000000");
		assertThat(this.audit.ofSubject(AuditSubject.ALLOCATION, created.getId())).hasSize(2).last().satisfies(row -> {
			assertThat(row.action()).isEqualTo(AuditAction.CHANGE);
			assertThat(row.username()).isEqualTo("editor");
			assertThat((BigDecimal) row.before().get("amountVnd")).isEqualByComparingTo("1000000000");
			assertThat((BigDecimal) row.after().get("amountVnd")).isEqualByComparingTo("1200000000");
			assertThat(row.note()).isEqualTo("Sửa số nhập nhầm");
		});
	}

	@Test
	void shouldRefuseAChangeBasedOnAStaleVersion() {
		Allocation created = this.service.create(this.users.admin(),
				decision(key("HUA_BUM", 2030, null), null, "12/QĐ-UBND", LocalDate.of(2030, 1, 10), BILLION));
		long readVersion = created.getVersion();
		this.service.change(this.users.admin(), created.getId(), readVersion,
				decision(null, null, "12/QĐ-UBND", LocalDate.of(2030, 1, 10), new BigDecimal("1100000000")));

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.service.change(this.users.admin(), created.getId(), readVersion,
					decision(null, null, "12/QĐ-UBND", LocalDate.of(2030, 1, 10), new BigDecimal("900000000"))));
		assertThat(this.allocations.findById(created.getId())).get()
			.extracting(Allocation::getAmountVnd)
			.isEqualTo(new BigDecimal("1100000000"));
	}

	@Test
	void shouldDeleteADecisionAndKeepItsLastValueInTheAudit() {
		Allocation created = this.service.create(this.users.admin(),
				decision(key("HUA_BUM", 2030, null), null, "12/QĐ-UBND", LocalDate.of(2030, 1, 10), BILLION));

		this.service.delete(this.users.admin(), created.getId(), created.getVersion(), "Trùng quyết định");

		assertThat(this.allocations.findById(created.getId())).isEmpty();
		assertThat(this.audit.ofSubject(AuditSubject.ALLOCATION, created.getId())).last().satisfies(row -> {
			assertThat(row.action()).isEqualTo(AuditAction.DELETE);
			assertThat((BigDecimal) row.before().get("amountVnd")).isEqualByComparingTo("1000000000");
			assertThat(row.after()).isNull();
			assertThat(row.note()).isEqualTo("Trùng quyết định");
		});
	}

	@Test
	void shouldNotLetAnEditorReachAnotherCommunesLines() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.service.create(this.users.editor(),
				decision(key("NAM_HANG", 2030, null), null, "1/QĐ", LocalDate.of(2030, 1, 10), BILLION)));
		Allocation other = demoDecision("NAM_HANG", "130/QĐ-UBND");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.service.visibleDecision(this.users.editor(), other.getId()));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.service.change(this.users.editor(), other.getId(), other.getVersion(),
					decision(null, null, "1/QĐ", LocalDate.of(2024, 6, 1), BigDecimal.ONE)));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.service.delete(this.users.editor(), other.getId(), other.getVersion(), null));
	}

	@Test
	void shouldLetOnlyEditorsAndAdministratorsWriteDecisions() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.service.create(this.users.viewer(),
				decision(key("HUA_BUM", 2030, null), null, "1/QĐ", LocalDate.of(2030, 1, 10), BILLION)));
	}

	private Allocation demoDecision(String unit, String number) {
		return this.allocations.findAll()
			.stream()
			.filter(a -> this.planLines.unitOf(a.getPlanLine().view()).code().equals(unit)
					&& a.getDecisionNumber().equals(number))
			.findFirst()
			.orElseThrow();
	}

	static PlanLineKey key(String unit, int planYear, Integer originYear) {
		return new PlanLineKey(unit, "NTM", "ND03", CapitalType.RECURRENT, null, planYear, originYear);
	}

	static DecisionCommand decision(PlanLineKey key, AllocationKind kind, String number, LocalDate date,
			BigDecimal amount) {
		return new DecisionCommand(key, kind, number, date, amount, null);
	}

}
