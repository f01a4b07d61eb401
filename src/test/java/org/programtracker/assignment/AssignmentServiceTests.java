package org.programtracker.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.audit.AuditTrail;
import org.programtracker.audit.AuditTrail.AuditRecord;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.period.ClosedPeriodException;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of assigned capital, on the demo district: who may record it for whom, from
 * which granting unit, for which program and year, in which quarter, and its audit.
 * Writes roll back.
 */
@IntegrationTest
@Transactional
class AssignmentServiceTests {

	private static final BigDecimal BILLION = new BigDecimal("1000000000");

	@Autowired
	private AssignmentService service;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Users users;

	@Test
	void shouldRecordCapitalFromOutsideTheTreeWithItsDefaultsAndAuditIt() {
		AssignmentView created = this.service.record(this.users.admin(),
				command("NAM_NHUN", null, "NTM", 2025, null, "1850/QĐ-UBND", LocalDate.of(2024, 12, 15), BILLION));

		assertThat(created.fromOutside()).isTrue();
		assertThat(created.orgUnitName()).isEqualTo("Huyện Nậm Nhùn");
		assertThat(created.fundingSource()).isEqualTo(FundingSource.CENTRAL);
		assertThat(created.originYear()).isEqualTo(2025);
		assertThat(created.amountVnd()).isEqualTo(new BigDecimal("1000000000"));
		List<AuditRecord> rows = this.audit.ofSubject(AuditSubject.ASSIGNMENT, created.id());
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.action()).isEqualTo(AuditAction.CREATE);
			assertThat(row.username()).isEqualTo("admin");
			assertThat(row.planLineId()).isNull();
			assertThat(row.orgUnitId()).isEqualTo(unitId("NAM_NHUN"));
			assertThat(row.year()).isEqualTo(2025);
			assertThat(row.quarter()).as("a December decision counts from the plan year's first quarter").isEqualTo(1);
			assertThat(row.before()).isNull();
			assertThat(row.after()).containsEntry("orgUnit", "NAM_NHUN")
				.containsEntry("fromUnit", null)
				.containsEntry("program", "NTM")
				.containsEntry("capitalType", "INVESTMENT")
				.containsEntry("fundingSource", "CENTRAL")
				.containsEntry("decisionNumber", "1850/QĐ-UBND")
				.containsEntry("decisionDate", "2024-12-15");
			assertThat((BigDecimal) row.after().get("amountVnd")).isEqualByComparingTo("1000000000");
			assertThat((BigDecimal) row.after().get("planYear")).isEqualByComparingTo("2025");
		});
	}

	@Test
	void shouldLetACommunesEditorRecordTheEnvelopeTheDistrictGaveIt() {
		AssignmentView created = this.service.record(this.users.editor(),
				new AssignmentCommand("HUA_BUM", "NAM_NHUN", "NTM", CapitalType.RECURRENT, FundingSource.LOCAL, 2025,
						null, "15/QĐ-UBND", LocalDate.of(2025, 1, 8), new BigDecimal("245500000"),
						"Giao dự toán cho xã"));

		assertThat(created.fromCode()).isEqualTo("NAM_NHUN");
		assertThat(created.fromName()).isEqualTo("Huyện Nậm Nhùn");
		assertThat(created.fundingSource()).isEqualTo(FundingSource.LOCAL);
		assertThat(created.note()).isEqualTo("Giao dự toán cho xã");
		assertThat(this.audit.ofSubject(AuditSubject.ASSIGNMENT, created.id())).singleElement()
			.satisfies(row -> assertThat(row.after()).containsEntry("fromUnit", "NAM_NHUN"));
	}

	@Test
	void shouldKeepANegativeAdjustmentAndCarriedOverCapitalWithItsOriginYear() {
		AssignmentView cut = this.service.record(this.users.admin(), command("NAM_NHUN", null, "DTTS", 2026, 2025,
				"901/QĐ-UBND", LocalDate.of(2026, 9, 20), new BigDecimal("-350000000")));

		assertThat(cut.adjustment()).isTrue();
		assertThat(cut.carriedOver()).isTrue();
		assertThat(cut.originYear()).isEqualTo(2025);
		assertThat(this.audit.ofSubject(AuditSubject.ASSIGNMENT, cut.id())).singleElement()
			.satisfies(row -> assertThat(row.quarter()).isEqualTo(3));
	}

	@ParameterizedTest(name = "from {1} to {0}")
	@CsvSource(delimiter = '|', textBlock = """
			HUA_BUM   | NAM_HANG  | a neighbouring commune
			HUA_BUM   | HUA_BUM   | the unit itself
			NAM_NHUN  | HUA_BUM   | a unit below it
			HUA_BUM   | NOWHERE   | a code nobody has
			""")
	void shouldRefuseAGrantingUnitThatIsNotAboveTheReceivingOne(String to, String from, String what) {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.service.record(this.users.admin(),
					command(to, from, "NTM", 2025, null, "1/QĐ", LocalDate.of(2025, 2, 1), BILLION)))
			.as(what)
			.satisfies(ex -> {
				assertThat(ex.getField()).isEqualTo("from");
				assertThat(ex.getMessageKey()).isEqualTo("assignment.fromNotAbove");
			});
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(textBlock = """
			NTM, 2026
			NTM, 2020
			DTTS, 2031
			""")
	void shouldRefuseAProgramInAYearItDoesNotRun(String program, int year) {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.service.record(this.users.admin(),
					command("NAM_NHUN", null, program, year, null, "1/QĐ", LocalDate.of(year, 2, 1), BILLION)))
			.satisfies(ex -> {
				assertThat(ex.getField()).isEqualTo("program");
				assertThat(ex.getMessageKey()).isEqualTo("assignment.programNotRunning");
			});
	}

	@Test
	void shouldRefuseAnArchivedProgram() {
		this.jdbc.sql("update program set archived = true where code = 'GNBV'").update();

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.service.record(this.users.admin(),
					command("NAM_NHUN", null, "GNBV", 2025, null, "1/QĐ", LocalDate.of(2025, 2, 1), BILLION)))
			.satisfies(ex -> assertThat(ex.getField()).isEqualTo("program"));
	}

	@Test
	void shouldRefuseADecisionWithoutNumberOrDateOrDatedFarFromItsPlanYear() {
		assertField("decisionNumber", "field.required",
				command("NAM_NHUN", null, "NTM", 2025, null, " ", LocalDate.of(2025, 2, 1), BILLION));
		assertField("decisionNumber", "field.tooLong",
				command("NAM_NHUN", null, "NTM", 2025, null, "1".repeat(81), LocalDate.of(2025, 2, 1), BILLION));
		assertField("decisionDate", "field.required",
				command("NAM_NHUN", null, "NTM", 2025, null, "1/QĐ", null, BILLION));
		assertField("decisionDate", "assignment.dateOutsideYears",
				command("NAM_NHUN", null, "NTM", 2025, null, "1/QĐ", LocalDate.of(2023, 12, 31), BILLION));
		assertField("decisionDate", "assignment.dateOutsideYears",
				command("NAM_NHUN", null, "NTM", 2025, null, "1/QĐ", LocalDate.of(2027, 1, 1), BILLION));
	}

	@Test
	void shouldRefuseAnAmountThatIsNotWholeDongOrNothing() {
		assertField("amountVnd", "amount.fractionOfDong", command("NAM_NHUN", null, "NTM", 2025, null, "1/QĐ",
				LocalDate.of(2025, 2, 1), new BigDecimal("1000000.5")));
		assertField("amountVnd", "assignment.zeroAmount",
				command("NAM_NHUN", null, "NTM", 2025, null, "1/QĐ", LocalDate.of(2025, 2, 1), BigDecimal.ZERO));
		assertField("amountVnd", "field.required",
				command("NAM_NHUN", null, "NTM", 2025, null, "1/QĐ", LocalDate.of(2025, 2, 1), null));
	}

	@Test
	void shouldRefuseMissingCodesAndYearsOutOfOrder() {
		assertField("orgUnit", "field.required",
				command(" ", null, "NTM", 2025, null, "1/QĐ", LocalDate.of(2025, 2, 1), BILLION));
		assertField("program", "field.required",
				command("NAM_NHUN", null, null, 2025, null, "1/QĐ", LocalDate.of(2025, 2, 1), BILLION));
		assertField("capitalType", "planLine.capitalTypeRequired", new AssignmentCommand("NAM_NHUN", null, "NTM", null,
				null, 2025, null, "1/QĐ", LocalDate.of(2025, 2, 1), BILLION, null));
		assertField("planYear", "field.year",
				command("NAM_NHUN", null, "NTM", 1200, null, "1/QĐ", LocalDate.of(2025, 2, 1), BILLION));
		assertField("originYear", "planLine.originAfterPlanYear",
				command("NAM_NHUN", null, "NTM", 2025, 2026, "1/QĐ", LocalDate.of(2025, 2, 1), BILLION));
	}

	@Test
	void shouldAnswerAnUnknownUnitOrProgramAsNotFound() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.service.record(this.users.admin(),
					command("NOWHERE", null, "NTM", 2025, null, "1/QĐ", LocalDate.of(2025, 2, 1), BILLION)))
			.satisfies(ex -> assertThat(ex.getWhat()).isEqualTo("orgUnit"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.service.record(this.users.admin(),
					command("NAM_NHUN", null, "NOPE", 2025, null, "1/QĐ", LocalDate.of(2025, 2, 1), BILLION)))
			.satisfies(ex -> assertThat(ex.getWhat()).isEqualTo("program"));
	}

	@Test
	void shouldRefuseCapitalForAClosedUnit() {
		this.jdbc
			.sql("""
					update org_unit set valid_to = date '2025-07-01', successor_id = (select id from org_unit where code = 'NAM_HANG')
					where code = 'HUA_BUM'
					""")
			.update();

		assertField("orgUnit", "orgUnit.closedForFigures",
				command("HUA_BUM", "NAM_NHUN", "NTM", 2025, null, "1/QĐ", LocalDate.of(2025, 8, 1), BILLION));
	}

	@Test
	void shouldRefuseAnAssignmentThatWouldMoveAClosedQuarter() {
		// 2024 Q1 is closed in the demo: a decision dated in it, or in December before,
		// counts in it
		assertThatExceptionOfType(ClosedPeriodException.class)
			.isThrownBy(() -> this.service.record(this.users.admin(),
					command("NAM_NHUN", null, "NTM", 2024, null, "7/QĐ", LocalDate.of(2024, 2, 1), BILLION)))
			.satisfies(ex -> assertThat(ex.getQuarter().quarter()).isEqualTo(1));
		assertThatExceptionOfType(ClosedPeriodException.class).isThrownBy(() -> this.service.record(this.users.admin(),
				command("NAM_NHUN", null, "NTM", 2024, null, "7/QĐ", LocalDate.of(2023, 12, 20), BILLION)));

		AssignmentView april = this.service.record(this.users.admin(),
				command("NAM_NHUN", null, "NTM", 2024, null, "7/QĐ", LocalDate.of(2024, 4, 2), BILLION));
		assertThat(april.id()).isPositive();
		assertThatExceptionOfType(ClosedPeriodException.class).as("moving it back into the closed quarter")
			.isThrownBy(() -> this.service.change(this.users.admin(), april.id(), april.version(),
					new AssignmentDecision("7/QĐ", LocalDate.of(2024, 3, 30), BILLION, null)));
	}

	@Test
	void shouldRefuseToChangeOrDeleteAnAssignmentOfAClosedQuarter() {
		AssignmentView closed = demoAssignment("NAM_NHUN", "1689/QĐ-UBND", "NTM");

		assertThatExceptionOfType(ClosedPeriodException.class).as("moving it out of the closed quarter")
			.isThrownBy(() -> this.service.change(this.users.admin(), closed.id(), closed.version(),
					new AssignmentDecision("1689/QĐ-UBND", LocalDate.of(2024, 4, 5), closed.amountVnd(), null)));
		assertThatExceptionOfType(ClosedPeriodException.class)
			.isThrownBy(() -> this.service.delete(this.users.admin(), closed.id(), closed.version(), null));
	}

	@Test
	void shouldChangeTheDecisionAndAuditOldAndNewValues() {
		AssignmentView created = this.service.record(this.users.editor(),
				command("HUA_BUM", "NAM_NHUN", "NTM", 2025, null, "15/QĐ-UBND", LocalDate.of(2025, 1, 8), BILLION));

		AssignmentView changed = this.service.change(this.users.editor(), created.id(), created.version(),
				new AssignmentDecision("15/QĐ-UBND", LocalDate.of(2025, 1, 9), new BigDecimal("1200000000"),
						"Sửa số nhập nhầm"));

		assertThat(changed.amountVnd()).isEqualByComparingTo("1200000000");
		assertThat(changed.version()).isGreaterThan(created.version());
		assertThat(this.audit.ofSubject(AuditSubject.ASSIGNMENT, created.id())).hasSize(2).last().satisfies(row -> {
			assertThat(row.action()).isEqualTo(AuditAction.CHANGE);
			assertThat(row.username()).isEqualTo("editor");
			assertThat((BigDecimal) row.before().get("amountVnd")).isEqualByComparingTo("1000000000");
			assertThat((BigDecimal) row.after().get("amountVnd")).isEqualByComparingTo("1200000000");
			assertThat(row.before()).containsEntry("decisionDate", "2025-01-08");
			assertThat(row.after()).containsEntry("decisionDate", "2025-01-09").containsEntry("fromUnit", "NAM_NHUN");
			assertThat(row.note()).isEqualTo("Sửa số nhập nhầm");
		});
	}

	@Test
	void shouldRefuseAChangeOrADeletionBasedOnAStaleVersion() {
		AssignmentView created = this.service.record(this.users.admin(),
				command("NAM_NHUN", null, "NTM", 2025, null, "12/QĐ-UBND", LocalDate.of(2025, 1, 10), BILLION));
		this.service.change(this.users.admin(), created.id(), created.version(),
				new AssignmentDecision("12/QĐ-UBND", LocalDate.of(2025, 1, 10), new BigDecimal("1100000000"), null));

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.service.change(this.users.admin(),
				created.id(), created.version(),
				new AssignmentDecision("12/QĐ-UBND", LocalDate.of(2025, 1, 10), new BigDecimal("900000000"), null)));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.service.delete(this.users.admin(), created.id(), created.version(), null));
		assertThat(this.service.assignment(this.users.admin(), created.id()).amountVnd())
			.isEqualByComparingTo("1100000000");
	}

	@Test
	void shouldDeleteAnAssignmentAndKeepItsLastValueInTheAudit() {
		AssignmentView created = this.service.record(this.users.admin(),
				command("NAM_NHUN", null, "NTM", 2025, null, "12/QĐ-UBND", LocalDate.of(2025, 1, 10), BILLION));

		this.service.delete(this.users.admin(), created.id(), created.version(), "Trùng quyết định");

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.service.assignment(this.users.admin(), created.id()));
		assertThat(this.audit.ofSubject(AuditSubject.ASSIGNMENT, created.id())).last().satisfies(row -> {
			assertThat(row.action()).isEqualTo(AuditAction.DELETE);
			assertThat((BigDecimal) row.before().get("amountVnd")).isEqualByComparingTo("1000000000");
			assertThat(row.before()).containsEntry("program", "NTM");
			assertThat(row.after()).isNull();
			assertThat(row.note()).isEqualTo("Trùng quyết định");
		});
	}

	@Test
	void shouldNotLetAnEditorReachAnotherCommune() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.service.record(this.users.editor(),
				command("NAM_HANG", "NAM_NHUN", "NTM", 2025, null, "1/QĐ", LocalDate.of(2025, 1, 10), BILLION)));
		AssignmentView other = demoAssignment("NAM_HANG", "12/QĐ-UBND", "NTM");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.service.assignment(this.users.editor(), other.id()));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.service.change(this.users.editor(), other.id(), other.version(),
					new AssignmentDecision("1/QĐ", LocalDate.of(2025, 6, 1), BigDecimal.ONE, null)));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.service.delete(this.users.editor(), other.id(), other.version(), null));
		AssignmentView district = demoAssignment("NAM_NHUN", "1655/QĐ-UBND", "NTM");
		assertThatExceptionOfType(NotFoundException.class).as("the district's own capital, above the commune")
			.isThrownBy(() -> this.service.assignment(this.users.editor(), district.id()));
	}

	@Test
	void shouldLetOnlyEditorsAndAdministratorsWrite() {
		for (String reader : List.of("viewer", "officer")) {
			assertThatExceptionOfType(AccessDeniedException.class).as(reader)
				.isThrownBy(() -> this.service.record(this.users.named(reader),
						command("NAM_NHUN", null, "NTM", 2025, null, "1/QĐ", LocalDate.of(2025, 1, 10), BILLION)));
		}
		AssignmentView demo = demoAssignment("NAM_NHUN", "1655/QĐ-UBND", "NTM");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.service.delete(this.users.viewer(), demo.id(), demo.version(), null));
	}

	@Test
	void shouldListTheDemoDistrictsAssignmentsWithExactTotalsByFilter() {
		assertThat(total("admin", filter(2024, null, null, null, null, null))).isEqualByComparingTo("163197000000");
		assertThat(total("admin", filter(2024, null, null, null, null, AssignmentFilter.FROM_OUTSIDE)))
			.isEqualByComparingTo("161920000000");
		assertThat(total("admin", filter(2024, null, null, null, null, "NAM_NHUN"))).isEqualByComparingTo("1277000000");
		assertThat(total("admin", filter(2024, null, "NTM", null, null, null))).isEqualByComparingTo("5892000000");
		assertThat(total("admin", filter(2024, null, null, CapitalType.RECURRENT, null, null)))
			.isEqualByComparingTo("12447000000");
		assertThat(total("admin", filter(2025, null, null, null, FundingSource.LOCAL, null)))
			.isEqualByComparingTo("600000000");
		assertThat(total("admin", filter(2024, "NAM_BAN", null, null, null, null))).isEqualByComparingTo("156000000");
		assertThat(this.service.list(this.users.admin(), filter(2024, null, null, null, null, null), 0)
			.page()
			.getTotalElements()).isEqualTo(18);
	}

	@Test
	void shouldListWithinTheCallersScope() {
		AssignmentListing officers = this.service.list(this.users.named("officer"),
				filter(2024, null, null, null, null, null), 0);
		assertThat(officers.page().getContent()).extracting(AssignmentView::programCode).containsOnly("NTM");
		assertThat(officers.total()).isEqualByComparingTo("5892000000");

		AssignmentListing editors = this.service.list(this.users.editor(), AssignmentFilter.all(), 0);
		assertThat(editors.page().getContent()).extracting(AssignmentView::decisionNumber)
			.containsExactly("12/QĐ-UBND", "118/QĐ-UBND");
		assertThat(editors.total()).isEqualByComparingTo("470000000");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(
				() -> this.service.list(this.users.editor(), filter(null, "NAM_HANG", null, null, null, null), 0));
	}

	@Test
	void shouldOfferTheUnitsAboveTheCallersScopeAsGrantingUnits() {
		assertThat(this.service.choices(this.users.editor()).grantingUnits())
			.extracting(AssignmentChoices.UnitChoice::code)
			.containsExactly("NAM_NHUN", "HUA_BUM");
		assertThat(this.service.choices(this.users.named("officer")).programs())
			.extracting(AssignmentChoices.ProgramChoice::code)
			.containsExactly("NTM");
		assertThat(this.service.choices(this.users.admin()).years()).containsExactly(2025, 2024);
	}

	private BigDecimal total(String user, AssignmentFilter filter) {
		return this.service.list(this.users.named(user), filter, 0).total();
	}

	private void assertField(String field, String messageKey, AssignmentCommand command) {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.service.record(this.users.admin(), command))
			.as(field + " " + messageKey)
			.satisfies(ex -> {
				assertThat(ex.getField()).isEqualTo(field);
				assertThat(ex.getMessageKey()).isEqualTo(messageKey);
			});
	}

	private AssignmentView demoAssignment(String unit, String number, String program) {
		long id = this.jdbc
			.sql("""
					select a.id from assignment a join org_unit u on u.id = a.org_unit_id join program p on p.id = a.program_id
					where u.code = :unit and a.decision_number = :number and p.code = :program
					order by a.id limit 1
					""")
			.param("unit", unit)
			.param("number", number)
			.param("program", program)
			.query(Long.class)
			.single();
		return this.service.assignment(this.users.admin(), id);
	}

	private long unitId(String code) {
		return this.jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
	}

	static AssignmentFilter filter(Integer year, String orgUnit, String program, CapitalType capitalType,
			FundingSource fundingSource, String from) {
		return new AssignmentFilter(year, orgUnit, program, capitalType, fundingSource, from, null, false);
	}

	static AssignmentCommand command(String unit, String from, String program, Integer planYear, Integer originYear,
			String number, LocalDate date, BigDecimal amount) {
		return new AssignmentCommand(unit, from, program, CapitalType.INVESTMENT, null, planYear, originYear, number,
				date, amount, null);
	}

}
