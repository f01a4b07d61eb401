package org.programtracker.assignment;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The register of assigned capital: its filters, paging and totals, the form that records
 * and changes an assignment, deletion, conflicts, closed quarters and scope. Writes roll
 * back.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class AssignmentPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	@WithUserDetails("admin")
	void shouldListAYearsAssignmentsWithTheirTotalTheVietnameseWay() {
		assertThat(this.mvc.get().uri("/assignments?year=2024")).hasStatusOk()
			.bodyText()
			.contains("Vốn được giao", "18 quyết định giao vốn", "1689/QĐ-UBND", "14/12/2023", ">3.150<", ">51.200<")
			.contains("Trung ương, tỉnh", "Huyện Nậm Nhùn", "(chuyển từ 2023)", "giảm vốn", ">-1.200<")
			.contains("Ngân sách trung ương", "Tổng vốn được giao theo bộ lọc", ">163.197<")
			.contains("href=\"/assignments/new\"", "href=\"/allocations?year=2024\"")
			.doesNotContain("1598/QĐ-UBND");
	}

	@Test
	@WithUserDetails("admin")
	void shouldFilterByGrantingUnitReceivingUnitProgramCapitalTypeAndFundingSource() {
		assertThat(this.mvc.get().uri("/assignments?year=2024&from=outside")).hasStatusOk()
			.bodyText()
			.contains("10 quyết định giao vốn", ">161.920<", "<option value=\"outside\" selected=\"selected\">")
			.doesNotContain("118/QĐ-UBND");
		assertThat(this.mvc.get().uri("/assignments?year=2024&from=NAM_NHUN")).hasStatusOk()
			.bodyText()
			.contains("8 quyết định giao vốn", ">1.277<", "118/QĐ-UBND", "440/QĐ-UBND")
			.doesNotContain("1689/QĐ-UBND");
		assertThat(this.mvc.get().uri("/assignments?year=2024&orgUnit=NAM_BAN")).hasStatusOk()
			.bodyText()
			.contains("2 quyết định giao vốn", ">170<", ">-14<", ">156<")
			.doesNotContain("Xã Hua Bum</td>");
		assertThat(this.mvc.get().uri("/assignments?year=2024&program=NTM&capitalType=RECURRENT")).hasStatusOk()
			.bodyText()
			.contains("9 quyết định giao vốn", ">2.492<");
		assertThat(this.mvc.get().uri("/assignments?year=2025&fundingSource=LOCAL")).hasStatusOk()
			.bodyText()
			.contains("1 quyết định giao vốn", "Ngân sách địa phương", ">600<");
		assertThat(this.mvc.get().uri("/assignments?year=2025&program=GNBV&fundingSource=LOCAL")).hasStatusOk()
			.bodyText()
			.contains("Không có quyết định giao vốn nào theo bộ lọc này.");
	}

	@Test
	@WithUserDetails("admin")
	void shouldSortByAmountAndPageThroughTheRegisterKeepingTheFilters() {
		assertThat(this.mvc.get().uri("/assignments?year=&sort=amount&dir=asc")).hasStatusOk()
			.bodyText()
			.contains("aria-sort=\"ascending\"", "Trang 1 / 2", "32 quyết định giao vốn", ">-2.300<")
			.contains("href=\"/assignments?year=&amp;sort=amount&amp;dir=asc&amp;page=1\"");
		assertThat(this.mvc.get().uri("/assignments?year=&sort=amount&dir=asc&page=1")).hasStatusOk()
			.bodyText()
			.contains("Trang 2 / 2", ">95.000<");
		assertThat(this.mvc.get().uri("/assignments?year=2025&from=outside&sort=unit")).hasStatusOk()
			.bodyText()
			.contains("href=\"/assignments?year=2025&amp;from=outside&amp;sort=unit&amp;dir=asc\"")
			.contains("href=\"/assignments?year=2025&amp;from=outside&amp;sort=date&amp;dir=desc\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowEnglishNumbersOnTheEnglishRegister() {
		assertThat(this.mvc.get().uri("/assignments?year=2024&lang=en")).hasStatusOk()
			.bodyText()
			.contains("Assigned capital", "18 assignments", ">3,150<", ">163,197<", "(carried over from 2023)")
			.contains(">Central, province<", "taken back");
	}

	@Test
	@WithUserDetails("admin")
	void shouldRecordAnAssignmentTypedTheVietnameseWayAndAuditIt() {
		assertThat(create(Map.of("amount", "1.234,5", "decisionDate", "15/07/2025"))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/assignments?year=2025&orgUnit=HUA_BUM")
			.flash()
			.containsEntry("message", "assignment.created");

		assertThat(amountOf(AssignmentRequests.NUMBER)).isEqualByComparingTo("1234500000");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry
				where subject = 'ASSIGNMENT' and action = 'CREATE' and new_value ->> 'decisionNumber' = '77/QĐ-UBND'
				  and new_value ->> 'fromUnit' = 'NAM_NHUN' and new_value ->> 'decisionDate' = '2025-07-15'
				""").query(Long.class).single()).isEqualTo(1);
		assertThat(this.mvc.get().uri("/assignments?year=2025&orgUnit=HUA_BUM")).hasStatusOk()
			.bodyText()
			.contains("77/QĐ-UBND", ">1.234,5<", ">1.474,5<");
	}

	@Test
	@WithUserDetails("admin")
	void shouldReadEnglishNumbersOnAnEnglishForm() {
		assertThat(create(Map.of("amount", "1,234.5", "lang", "en"))).hasStatus(HttpStatus.FOUND);

		assertThat(amountOf(AssignmentRequests.NUMBER)).isEqualByComparingTo("1234500000");
	}

	@Test
	@WithUserDetails("admin")
	void shouldRecordCapitalFromOutsideTheTreeAsANegativeAdjustmentOfCarriedOverCapital() {
		assertThat(create(Map.of("orgUnit", "NAM_NHUN", "from", "", "originYear", "2024", "amount", "-120")))
			.hasStatus(HttpStatus.FOUND);

		assertThat(this.jdbc.sql("""
				select from_unit_id is null and origin_year = 2024 and plan_year = 2025 and amount_vnd = -120000000
				from assignment where decision_number = '77/QĐ-UBND'
				""").query(Boolean.class).single()).isTrue();
	}

	@Test
	@WithUserDetails("admin")
	void shouldOfferTheFormWithTheYearAndTheCentralBudgetChosen() {
		assertThat(this.mvc.get().uri("/assignments/new")).hasStatusOk()
			.bodyText()
			.contains("Thêm quyết định giao vốn", "Cấp trên ngoài các đơn vị theo dõi (Trung ương, tỉnh)")
			.contains("<option value=\"CENTRAL\" selected=\"selected\">Ngân sách trung ương</option>")
			.contains("name=\"planYear\"", "name=\"_csrf\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldChangeAnAssignmentAndAuditTheOldAndNewValues() {
		long id = assignmentId("HUA_BUM", "12/QĐ-UBND");
		assertThat(this.mvc.get().uri("/assignments/" + id + "/edit")).hasStatusOk()
			.bodyText()
			.contains("Sửa quyết định giao vốn", "value=\"240\"", "value=\"08/01/2025\"", "Huyện Nậm Nhùn")
			.contains("hãy xóa rồi ghi lại cho đúng");

		assertThat(change(id, version(id), "250,5")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/assignments?year=2025&orgUnit=HUA_BUM");

		assertThat(amountOf(id)).isEqualByComparingTo("250500000");
		assertThat(this.jdbc.sql("""
				select (old_value -> 'amountVnd')::text || ' -> ' || (new_value -> 'amountVnd')::text from audit_entry
				where subject = 'ASSIGNMENT' and action = 'CHANGE' and subject_id = :id
				""").param("id", id).query(String.class).single()).isEqualTo("240000000 -> 250500000");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowTheSavedValuesBesideMineWhenSomeoneSavedFirstAndOverwriteNothing() {
		long id = assignmentId("HUA_BUM", "12/QĐ-UBND");
		long read = version(id);
		assertThat(change(id, read, "300")).hasStatus(HttpStatus.FOUND);
		this.entityManager.flush();
		this.entityManager.clear();

		assertThat(change(id, read, "260")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Người khác đã lưu nội dung này", ">300<", ">260<", "value=\"260\"", "Lưu bản của tôi")
			.contains("value=\"" + version(id) + "\"");
		assertThat(amountOf(id)).isEqualByComparingTo("300000000");

		assertThat(change(id, version(id), "260")).hasStatus(HttpStatus.FOUND);
		assertThat(amountOf(id)).isEqualByComparingTo("260000000");
	}

	@Test
	@WithUserDetails("admin")
	void shouldSayWhatIsWrongWithAChangeNextToTheFieldAndKeepWhatWasTyped() {
		long id = assignmentId("HUA_BUM", "12/QĐ-UBND");

		assertThat(this.mvc.post()
			.uri("/assignments/" + id)
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("decisionNumber", "12/QĐ-UBND")
			.param("decisionDate", "2027-01-08")
			.param("amount", "2,5")
			.param("note", "Sửa đổi")).hasStatusOk()
			.bodyText()
			.contains("Chưa lưu gì", "id=\"decisionDate-error\"",
					"Quyết định giao vốn năm 2025 phải đề ngày trong năm 2024, 2025 hoặc 2026.", "value=\"2,5\"",
					"Sửa đổi");
		assertThat(amountOf(id)).isEqualByComparingTo("240000000");
	}

	@Test
	@WithUserDetails("admin")
	void shouldAskBeforeDeletingAndAuditTheDeletion() {
		long id = assignmentId("HUA_BUM", "12/QĐ-UBND");
		assertThat(this.mvc.get().uri("/assignments/" + id + "/delete")).hasStatusOk()
			.bodyText()
			.contains("Xóa quyết định giao vốn này?", "12/QĐ-UBND", ">240<", "Huyện Nậm Nhùn");

		assertThat(this.mvc.post()
			.uri("/assignments/" + id + "/delete")
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("note", "Nhập trùng")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/assignments?year=2025&orgUnit=HUA_BUM");

		assertThat(count(id)).isZero();
		assertThat(this.jdbc
			.sql("select note from audit_entry where subject = 'ASSIGNMENT' and action = 'DELETE' and subject_id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Nhập trùng");
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseToDeleteAnAssignmentOfAClosedQuarter() {
		long id = assignmentId("HUA_BUM", "118/QĐ-UBND");

		assertThat(this.mvc.post()
			.uri("/assignments/" + id + "/delete")
			.with(csrf())
			.param("version", String.valueOf(version(id)))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Quý 1 năm 2024 đã khóa sổ", "Xóa quyết định giao vốn này?");
		assertThat(count(id)).isOne();
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseADeletionConfirmedOnAStaleVersion() {
		long id = assignmentId("HUA_BUM", "12/QĐ-UBND");
		long read = version(id);
		assertThat(change(id, read, "300")).hasStatus(HttpStatus.FOUND);
		this.entityManager.flush();
		this.entityManager.clear();

		assertThat(this.mvc.post()
			.uri("/assignments/" + id + "/delete")
			.with(csrf())
			.param("version", String.valueOf(read))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Người khác vừa sửa quyết định này", ">300<", "value=\"" + version(id) + "\"");
		assertThat(count(id)).isOne();
	}

	@Test
	@WithUserDetails("editor")
	void shouldShowAnEditorOnlyTheAssignmentsOfTheirCommune() {
		assertThat(this.mvc.get().uri("/assignments?year=")).hasStatusOk()
			.bodyText()
			.contains("2 quyết định giao vốn", "Xã Hua Bum", ">470<")
			.doesNotContain("Xã Nậm Hàng</td>", "1689/QĐ-UBND");
		assertThat(this.mvc.get().uri("/assignments?orgUnit=NAM_HANG")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithUserDetails("editor")
	void shouldNotLetAnEditorReadOrWriteAnotherUnitsAssignmentByChangingIds() {
		long other = assignmentId("NAM_HANG", "12/QĐ-UBND");
		long district = assignmentId("NAM_NHUN", "1655/QĐ-UBND");

		for (long id : new long[] { other, district }) {
			assertThat(this.mvc.get().uri("/assignments/" + id + "/edit")).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(this.mvc.get().uri("/assignments/" + id + "/delete")).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(change(id, version(id), "1")).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(this.mvc.post()
				.uri("/assignments/" + id + "/delete")
				.with(csrf())
				.param("version", String.valueOf(version(id)))).hasStatus(HttpStatus.NOT_FOUND);
		}
		long before = countAll();
		assertThat(create(Map.of("orgUnit", "NAM_HANG"))).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(amountOf(other)).isEqualByComparingTo("180000000");
		assertThat(countAll()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("editor")
	void shouldLetAnEditorRecordTheEnvelopeTheirCommuneReceived() {
		assertThat(create(Map.of())).hasStatus(HttpStatus.FOUND);

		assertThat(amountOf(AssignmentRequests.NUMBER)).isEqualByComparingTo("1500000000");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldLetTheSteeringCommitteeReadButNotWriteAssignments() {
		assertThat(this.mvc.get().uri("/assignments?year=2024")).hasStatusOk()
			.bodyText()
			.contains("href=\"/assignments\"", ">163.197<")
			.doesNotContain("/assignments/new", "/edit\"");
		assertThat(this.mvc.get().uri("/assignments/new")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(create(Map.of())).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithUserDetails("officer")
	void shouldShowAProgramOfficerOnlyTheirProgramsAssignments() {
		assertThat(this.mvc.get().uri("/assignments?year=2024")).hasStatusOk()
			.bodyText()
			.contains("11 quyết định giao vốn", ">5.892<")
			.doesNotContain(">51.200<");
		assertThat(this.mvc.get().uri("/assignments/" + assignmentId("NAM_NHUN", "1655/QĐ-UBND") + "/edit"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowEveryErrorOfTheAssignmentFormAtOnceKeepingWhatWasTyped() {
		assertThat(
				create(Map.of("decisionNumber", "", "decisionDate", "2021-03-02", "amount", "0", "originYear", "2026")))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"decisionNumber-error\"", "id=\"amount-error\"", "Giao 0 đồng không thay đổi gì")
			.contains("id=\"originYear-error\"", "Năm nguồn vốn không được sau năm kế hoạch.", "value=\"2026\"")
			.contains("class=\"error-summary\"");
		assertThat(create(Map.of("decisionNumber", "", "decisionDate", "2021-03-02", "amount", "0", "lang", "en")))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"decisionNumber-error\"", "id=\"amount-error\"", "id=\"decisionDate-error\"",
					"A decision assigning capital for 2025 is dated in 2024, 2025 or 2026.");
		assertThat(this.jdbc.sql("select count(*) from assignment where decision_date = '2021-03-02'")
			.query(Long.class)
			.single()).isZero();
	}

	private MockMvcRequestBuilder create(Map<String, String> overrides) {
		return AssignmentRequests.create(this.mvc, overrides);
	}

	private MockMvcRequestBuilder change(long id, long version, String amount) {
		return this.mvc.post()
			.uri("/assignments/" + id)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("decisionNumber", "12/QĐ-UBND")
			.param("decisionDate", "2025-01-08")
			.param("amount", amount)
			.param("note", "Giao dự toán cho xã");
	}

	private long assignmentId(String unit, String number) {
		return this.jdbc.sql("""
				select a.id from assignment a join org_unit u on u.id = a.org_unit_id
				where u.code = :unit and a.decision_number = :number order by a.id limit 1
				""").param("unit", unit).param("number", number).query(Long.class).single();
	}

	private long version(long id) {
		return this.jdbc.sql("select version from assignment where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private BigDecimal amountOf(long id) {
		return this.jdbc.sql("select amount_vnd from assignment where id = :id")
			.param("id", id)
			.query(BigDecimal.class)
			.single();
	}

	private BigDecimal amountOf(String number) {
		return this.jdbc.sql("select amount_vnd from assignment where decision_number = :number")
			.param("number", number)
			.query(BigDecimal.class)
			.single();
	}

	private long count(long id) {
		return this.jdbc.sql("select count(*) from assignment where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private long countAll() {
		return this.jdbc.sql("select count(*) from assignment").query(Long.class).single();
	}

}
