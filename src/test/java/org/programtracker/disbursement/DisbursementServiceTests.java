package org.programtracker.disbursement;

import org.programtracker.disbursement.internal.Disbursement;

import org.programtracker.disbursement.internal.DisbursementRepository;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.internal.PlanLine;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.allocation.internal.PlanLineRepository;
import org.programtracker.kernel.AuditAction;
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
class DisbursementServiceTests {

	@Autowired
	private DisbursementService service;

	@Autowired
	private DisbursementRepository disbursements;

	@Autowired
	private PlanLineRepository lines;

	@Autowired
	private PlanLineService planLines;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private Users users;

	@Test
	void shouldSetAQuarterOnALineAndAuditOldAndNewValues() {
		PlanLine line = huaBumInvestment2024();
		Disbursement q2 = this.disbursements.findByPlanLineIdAndQuarter(line.getId(), 2).orElseThrow();

		Disbursement changed = this.service.set(this.users.editor(), line.getId(), 2,
				new EntryCommand(millions(1300), millions(200), BigDecimal.ZERO, null, q2.getVersion()));

		assertThat(changed.getAmountVnd()).isEqualByComparingTo(millions(1300));
		assertThat(changed.getAdvanceVnd()).isEqualByComparingTo(millions(200));
		assertThat(this.audit.ofSubject(AuditSubject.DISBURSEMENT, q2.getId())).singleElement().satisfies(row -> {
			assertThat(row.action()).isEqualTo(AuditAction.CHANGE);
			assertThat(row.username()).isEqualTo("editor");
			assertThat((BigDecimal) row.before().get("amountVnd")).isEqualByComparingTo("1250000000");
			assertThat((BigDecimal) row.after().get("amountVnd")).isEqualByComparingTo("1300000000");
			assertThat((BigDecimal) row.after().get("advanceVnd")).isEqualByComparingTo("200000000");
			assertThat(row.planLineId()).isEqualTo(line.getId());
			assertThat(row.year()).isEqualTo(2024);
			assertThat(row.quarter()).isEqualTo(2);
		});
	}

	@Test
	void shouldCreateTheEntryOfAQuarterThatHadNone() {
		PlanLine line = huaBumInvestment2024();

		Disbursement created = this.service.set(this.users.editor(), line.getId(), 4,
				new EntryCommand(millions(100), null, null, null, null));

		assertThat(created.getQuarter()).isEqualTo(4);
		assertThat(this.audit.ofSubject(AuditSubject.DISBURSEMENT, created.getId())).singleElement()
			.satisfies(row -> assertThat(row.action()).isEqualTo(AuditAction.CREATE));
	}

	@Test
	void shouldRefuseAnEntryOfAClosedQuarter() {
		PlanLine line = huaBumInvestment2024();

		assertThatExceptionOfType(ClosedPeriodException.class).isThrownBy(() -> this.service.set(this.users.editor(),
				line.getId(), 1, new EntryCommand(millions(1), null, null, null, null)));
		assertThatExceptionOfType(ClosedPeriodException.class).isThrownBy(
				() -> this.service.set(this.users.admin(), keyOf("HUA_BUM"), 1, EntryCommand.amount(millions(1))));
	}

	@Test
	void shouldAskForANoteToConfirmANegativeAmount() {
		PlanLine line = huaBumInvestment2024();

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.service.set(this.users.editor(), line.getId(), 4,
					new EntryCommand(millions(-10), null, null, null, null)))
			.satisfies(ex -> {
				assertThat(ex.getField()).isEqualTo("note");
				assertThat(ex.getMessageKey()).isEqualTo("entry.warning.negative");
			});
		Disbursement confirmed = this.service.set(this.users.editor(), line.getId(), 4,
				new EntryCommand(millions(-10), null, null, "Giảm trừ khối lượng quý 3", null));
		assertThat(confirmed.getNote()).isEqualTo("Giảm trừ khối lượng quý 3");
	}

	@Test
	void shouldAskForANoteToConfirmCumulativeDisbursementAbovePlan() {
		// plan 4,210; disbursed 1,410 + 1,250 + 980 = 3,640 up to Q3: 571 more is over
		// plan
		PlanLine line = huaBumInvestment2024();

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.service.set(this.users.editor(), line.getId(), 4,
					new EntryCommand(millions(571), null, null, null, null)))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("entry.warning.overPlan"));
		assertThat(this.service
			.set(this.users.editor(), line.getId(), 4, new EntryCommand(millions(570), null, null, null, null))
			.getAmountVnd()).isEqualByComparingTo(millions(570));
	}

	@Test
	void shouldRefuseAdvancesThatAreNegativeOrAboveTheAmount() {
		PlanLine line = huaBumInvestment2024();

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.service.set(this.users.editor(), line.getId(), 4,
					new EntryCommand(millions(10), millions(11), null, null, null)))
			.satisfies(ex -> assertThat(ex.getField()).isEqualTo("advanceVnd"));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.service.set(this.users.editor(), line.getId(), 4,
					new EntryCommand(millions(10), null, millions(-1), null, null)))
			.satisfies(ex -> assertThat(ex.getField()).isEqualTo("advanceRecoveredVnd"));
	}

	@Test
	void shouldRefuseAnEntryBasedOnAStaleVersion() {
		PlanLine line = huaBumInvestment2024();
		Disbursement q2 = this.disbursements.findByPlanLineIdAndQuarter(line.getId(), 2).orElseThrow();
		long read = q2.getVersion();
		this.service.set(this.users.editor(), line.getId(), 2,
				new EntryCommand(millions(1260), null, null, null, read));

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.service.set(this.users.editor(),
				line.getId(), 2, new EntryCommand(millions(1270), null, null, null, read)));
		assertThatExceptionOfType(ConflictException.class).as("an entry someone else created meanwhile")
			.isThrownBy(() -> this.service.set(this.users.editor(), line.getId(), 4,
					new EntryCommand(millions(1), null, null, null, 0L)));
	}

	@Test
	void shouldNotLetAnEditorReachAnotherCommunesLine() {
		PlanLine other = this.lines.findAll()
			.stream()
			.filter(l -> this.planLines.unitOf(l.view()).code().equals("NAM_HANG") && l.getPlanYear() == 2024)
			.findFirst()
			.orElseThrow();

		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.service.set(this.users.editor(),
				other.getId(), 2, new EntryCommand(millions(1), null, null, null, null)));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(
				() -> this.service.set(this.users.editor(), keyOf("NAM_HANG"), 2, EntryCommand.amount(millions(1))));
	}

	@Test
	void shouldNotLetTheSteeringCommitteeWrite() {
		PlanLine line = huaBumInvestment2024();

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.service.set(this.users.viewer(),
				line.getId(), 2, new EntryCommand(millions(1), null, null, null, null)));
	}

	private PlanLine huaBumInvestment2024() {
		return this.lines.findAll()
			.stream()
			.filter(l -> this.planLines.unitOf(l.view()).code().equals("HUA_BUM") && l.getPlanYear() == 2024
					&& l.getCapitalType() == CapitalType.INVESTMENT)
			.findFirst()
			.orElseThrow();
	}

	private static PlanLineKey keyOf(String unit) {
		return new PlanLineKey(unit, "GNBV", "DA1", CapitalType.INVESTMENT, null, 2024, null);
	}

	static BigDecimal millions(long millions) {
		return BigDecimal.valueOf(millions).multiply(BigDecimal.valueOf(1_000_000));
	}

}
