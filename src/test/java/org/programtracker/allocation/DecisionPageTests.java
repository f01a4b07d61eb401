package org.programtracker.allocation;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * The capital plan pages: the list, the decision form with its messages, conflicts,
 * closed quarters and scope. Writes roll back.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class DecisionPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	@WithUserDetails("admin")
	void shouldListTheDecisionsOfAUnitAndYearWithTheirTotalTheVietnameseWay() {
		assertThat(this.mvc.get().uri("/allocations?year=2024&orgUnit=HUA_BUM")).hasStatusOk()
			.bodyText()
			.contains("126/QĐ-UBND", "1105/QĐ-UBND", "4.210", "(chuyển từ 2023)")
			.contains("Tổng các quyết định theo bộ lọc", "5.130")
			.doesNotContain("59/QĐ-UBND", "Xã Nậm Hàng</td>");
	}

	@Test
	@WithUserDetails("admin")
	void shouldSortByAmountAndPageThroughTheDecisionsKeepingTheFilters() {
		assertThat(this.mvc.get().uri("/allocations?year=2024&sort=amount&dir=asc")).hasStatusOk()
			.bodyText()
			.contains("aria-sort=\"ascending\"", "Trang 1 / 2")
			.contains("href=\"/allocations?year=2024&amp;sort=amount&amp;dir=asc&amp;page=1\"");
		assertThat(this.mvc.get().uri("/allocations?year=2024&sort=amount&dir=asc&page=1")).hasStatusOk()
			.bodyText()
			.contains("Trang 2 / 2");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowEnglishNumbersOnTheEnglishList() {
		assertThat(this.mvc.get().uri("/allocations?year=2024&orgUnit=HUA_BUM&lang=en")).hasStatusOk()
			.bodyText()
			.contains("4,210", "5,130", "(carried over from 2023)");
	}

	@Test
	@WithUserDetails("admin")
	void shouldRecordADecisionTypedTheVietnameseWayAndAuditIt() {
		assertThat(create(Map.of("amount", "1.234,5"))).hasStatus(HttpStatus.FOUND);

		assertThat(amountOf("77/QĐ-UBND")).isEqualByComparingTo("1234500000");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry
				where subject = 'ALLOCATION' and action = 'CREATE' and new_value ->> 'decisionNumber' = '77/QĐ-UBND'
				""").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@WithUserDetails("admin")
	void shouldReadEnglishNumbersOnAnEnglishForm() {
		assertThat(create(Map.of("amount", "1,234.5", "lang", "en"))).hasStatus(HttpStatus.FOUND);

		assertThat(amountOf("77/QĐ-UBND")).isEqualByComparingTo("1234500000");
	}

	@Test
	@WithUserDetails("admin")
	void shouldKeepACarriedOverDecisionWithItsOriginYearAndANegativeAdjustmentAsItsOwn() {
		assertThat(create(Map.of("originYear", "2023", "amount", "300"))).hasStatus(HttpStatus.FOUND);
		assertThat(create(Map.of("originYear", "2023", "decisionNumber", "78/QĐ-UBND", "kind", "ADJUSTMENT",
				"decisionDate", "2024-08-01", "amount", "-120")))
			.hasStatus(HttpStatus.FOUND);

		long line = this.jdbc
			.sql("""
					select l.id from plan_line l join org_unit u on u.id = l.org_unit_id
					where u.code = 'HUA_BUM' and l.plan_year = 2024 and l.origin_year = 2023 and l.capital_type = 'INVESTMENT'
					""")
			.query(Long.class)
			.single();
		assertThat(this.mvc.get().uri("/allocations/lines/" + line + "?asOf=2024-07-31")).hasStatusOk()
			.bodyText()
			.contains("Kế hoạch vốn đến ngày 31/07/2024", ">300<", "(sau ngày đã chọn)", "-120");
		assertThat(this.mvc.get().uri("/allocations/lines/" + line + "?asOf=2024-12-31")).hasStatusOk()
			.bodyText()
			.contains(">180<");
	}

	@Test
	@WithUserDetails("admin")
	void shouldChangeADecisionAndAuditTheOldAndNewValues() {
		long id = decisionId("HUA_BUM", "1105/QĐ-UBND");
		assertThat(this.mvc.get().uri("/allocations/" + id + "/edit")).hasStatusOk()
			.bodyText()
			.contains("value=\"620\"", "value=\"20/05/2024\"");

		assertThat(change(id, version(id), "650,5")).hasStatus(HttpStatus.FOUND);

		assertThat(amountOf(id)).isEqualByComparingTo("650500000");
		assertThat(this.jdbc.sql("""
				select (old_value -> 'amountVnd')::text || ' -> ' || (new_value -> 'amountVnd')::text from audit_entry
				where subject = 'ALLOCATION' and action = 'CHANGE' and subject_id = :id
				""").param("id", id).query(String.class).single()).isEqualTo("620000000 -> 650500000");
	}

	/**
	 * The version read goes back once: a field of the form once brought a stray, empty
	 * {@code version} input with it.
	 */
	@Test
	@WithUserDetails("admin")
	void shouldSendTheVersionReadOnceWithTheForm() {
		long id = decisionId("HUA_BUM", "1105/QĐ-UBND");

		assertThat(this.mvc.get().uri("/allocations/" + id + "/edit")).hasStatusOk()
			.bodyText()
			.containsOnlyOnce("name=\"version\"")
			.contains("name=\"version\" value=\"" + version(id) + "\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowTheSavedValuesBesideMineWhenSomeoneSavedFirstAndOverwriteNothing() {
		long id = decisionId("HUA_BUM", "1105/QĐ-UBND");
		long read = version(id);
		assertThat(change(id, read, "700")).hasStatus(HttpStatus.FOUND);
		this.entityManager.flush();
		this.entityManager.clear();

		assertThat(change(id, read, "650")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Người khác đã lưu nội dung này", ">700<", ">650<", "value=\"650\"", "Lưu bản của tôi")
			.contains("value=\"" + version(id) + "\"");
		assertThat(amountOf(id)).isEqualByComparingTo("700000000");

		assertThat(change(id, version(id), "650")).hasStatus(HttpStatus.FOUND);
		assertThat(amountOf(id)).isEqualByComparingTo("650000000");
	}

	@Test
	@WithUserDetails("admin")
	void shouldAskBeforeDeletingAndAuditTheDeletion() {
		long id = decisionId("HUA_BUM", "1105/QĐ-UBND");
		assertThat(this.mvc.get().uri("/allocations/" + id + "/delete")).hasStatusOk()
			.bodyText()
			.contains("Xóa quyết định này?", "1105/QĐ-UBND", "620");

		assertThat(this.mvc.post()
			.uri("/allocations/" + id + "/delete")
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("note", "Nhập trùng")).hasStatus(HttpStatus.FOUND);

		assertThat(this.jdbc.sql("select count(*) from allocation where id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("select note from audit_entry where subject = 'ALLOCATION' and action = 'DELETE' and subject_id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Nhập trùng");
	}

	@Test
	@WithUserDetails("admin")
	void shouldExplainADeletionRefusedBecauseSomeoneChangedTheDecisionMeanwhile() {
		long id = decisionId("HUA_BUM", "1105/QĐ-UBND");
		long seen = version(id);
		this.jdbc.sql("update allocation set note = 'Sửa trong lúc xem', version = version + 1 where id = :id")
			.param("id", id)
			.update();

		assertThat(this.mvc.post()
			.uri("/allocations/" + id + "/delete")
			.with(csrf())
			.param("version", String.valueOf(seen))
			.param("note", "Nhập trùng")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Người khác vừa sửa quyết định này trong lúc bạn xem; chưa xóa gì.", "1105/QĐ-UBND")
			.contains("name=\"version\" value=\"" + (seen + 1) + "\"");
		assertThat(this.jdbc.sql("select count(*) from allocation where id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseToDeleteADecisionOfAClosedQuarter() {
		long id = decisionId("HUA_BUM", "126/QĐ-UBND");
		assertThat(this.mvc.post()
			.uri("/allocations/" + id + "/delete")
			.with(csrf())
			.param("version", String.valueOf(version(id)))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Quý 1 năm 2024 đã khóa sổ");
		assertThat(this.jdbc.sql("select count(*) from allocation where id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	@WithUserDetails("editor")
	void shouldShowAnEditorOnlyTheLinesOfTheirCommune() {
		assertThat(this.mvc.get().uri("/allocations?year=2024")).hasStatusOk()
			.bodyText()
			.contains("Xã Hua Bum")
			.doesNotContain("Xã Nậm Hàng</td>");
		assertThat(this.mvc.get().uri("/allocations?year=2024&orgUnit=NAM_HANG")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithUserDetails("editor")
	void shouldNotLetAnEditorReadOrWriteAnotherCommunesDecisionByChangingIds() {
		long other = decisionId("NAM_HANG", "1105/QĐ-UBND");
		long otherLine = this.jdbc.sql("select plan_line_id from allocation where id = :id")
			.param("id", other)
			.query(Long.class)
			.single();

		assertThat(this.mvc.get().uri("/allocations/" + other + "/edit")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/allocations/lines/" + otherLine)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/allocations/" + other + "/delete")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(change(other, version(other), "1")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/allocations/" + other + "/delete")
			.with(csrf())
			.param("version", String.valueOf(version(other)))).hasStatus(HttpStatus.NOT_FOUND);
		long decisionsBefore = count("allocation");
		assertThat(create(Map.of("orgUnit", "NAM_HANG"))).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(amountOf(other)).isEqualByComparingTo("540000000");
		assertThat(count("allocation")).isEqualTo(decisionsBefore);
	}

	@Test
	@WithUserDetails("editor")
	void shouldLetAnEditorRecordADecisionForTheirCommune() {
		assertThat(create(Map.of())).hasStatus(HttpStatus.FOUND);
		assertThat(amountOf("77/QĐ-UBND")).isEqualByComparingTo("1500000000");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldLetTheSteeringCommitteeReadButNotWriteDecisions() {
		assertThat(this.mvc.get().uri("/allocations?year=2024")).hasStatusOk()
			.bodyText()
			.doesNotContain("/allocations/new");
		assertThat(this.mvc.get().uri("/allocations/new")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(create(Map.of())).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MockMvcRequestBuilder create(Map<String, String> overrides) {
		return DecisionRequests.create(this.mvc, overrides);
	}

	private MockMvcRequestBuilder change(long id, long version, String amount) {
		return this.mvc.post()
			.uri("/allocations/" + id)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("decisionNumber", "1105/QĐ-UBND")
			.param("decisionDate", "2024-05-20")
			.param("amount", amount)
			.param("note", "Phân bổ chi tiết");
	}

	private long decisionId(String unit, String number) {
		return this.jdbc.sql("""
				select a.id from allocation a join plan_line l on l.id = a.plan_line_id
				join org_unit u on u.id = l.org_unit_id where u.code = :unit and a.decision_number = :number
				order by a.id limit 1
				""").param("unit", unit).param("number", number).query(Long.class).single();
	}

	private long version(long id) {
		return this.jdbc.sql("select version from allocation where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private BigDecimal amountOf(long id) {
		return this.jdbc.sql("select amount_vnd from allocation where id = :id")
			.param("id", id)
			.query(BigDecimal.class)
			.single();
	}

	private BigDecimal amountOf(String number) {
		return this.jdbc.sql("select amount_vnd from allocation where decision_number = :number")
			.param("number", number)
			.query(BigDecimal.class)
			.single();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
