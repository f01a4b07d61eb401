package org.programtracker.period;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * A quarter closed for one unit's subtree: its units refuse figures on every path, a
 * sibling still takes them, and the closure of an ancestor covers the units under it.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class UnitClosurePageTests {

	private static final Quarter Q2 = new Quarter(2024, 2);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PeriodService periods;

	@Autowired
	private OrgUnitService orgUnits;

	@Autowired
	private Users users;

	@Autowired
	private JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	@WithUserDetails("admin")
	void shouldCloseAQuarterForOneCommuneFromThePageAndLeaveItsSiblingOpen() {
		assertThat(this.mvc.post().uri("/periods/units/close?orgUnit=HUA_BUM&year=2024&quarter=2").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/periods/units?year=2024");
		assertThat(this.mvc.get().uri("/periods/units?year=2024")).hasStatusOk()
			.bodyText()
			.contains("Xã Hua Bum", "Mở lại cho đơn vị này");

		assertThat(this.mvc.get().uri("/disbursements?orgUnit=HUA_BUM&year=2024&quarter=2")).bodyText()
			.contains("Quý 2 năm 2024 đã khóa sổ đối với Xã Hua Bum và các đơn vị trực thuộc")
			.doesNotContain("name=\"rows[0].amount\"");
		assertThat(this.mvc.get().uri("/disbursements?orgUnit=NAM_HANG&year=2024&quarter=2")).bodyText()
			.doesNotContain("đã khóa sổ")
			.contains("name=\"rows[0].amount\"");
		assertThat(put("HUA_BUM")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.closedFor")
			.isEqualTo("HUA_BUM");
		assertThat(put("NAM_HANG")).hasStatusOk();

		assertThat(this.mvc.post().uri("/periods/units/close?orgUnit=HUA_BUM&year=2024&quarter=2").with(csrf()))
			.as("closed already")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Quý 2 năm 2024 đã khóa sổ đối với Xã Hua Bum.");
		assertThat(this.mvc.post().uri("/periods/units/reopen?orgUnit=HUA_BUM&year=2024&quarter=2").with(csrf()))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Vui lòng ghi lý do mở lại quý.");
		assertThat(this.mvc.post()
			.uri("/periods/units/reopen?orgUnit=HUA_BUM&year=2024&quarter=2")
			.param("reason", "Bổ sung chứng từ")
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(put("HUA_BUM")).hasStatusOk();

		this.entityManager.flush();
		assertThat(this.jdbc
			.sql("""
					select a.action || ':' || coalesce(a.note, '') from audit_entry a join org_unit u on u.id = a.org_unit_id
					where u.code = 'HUA_BUM' and a.subject = 'PERIOD' and a.year = 2024 and a.quarter = 2 order by a.id""")
			.query(String.class)
			.list()).containsExactly("CLOSE:", "REOPEN:Bổ sung chứng từ");
	}

	@Test
	void shouldCoverEveryUnitUnderTheUnitItWasClosedForButNotTheWholeQuarter() {
		this.periods.closeFor(this.users.admin(), Q2, "NAM_NHUN");

		assertThat(this.periods.isClosed(Q2)).isFalse();
		assertThat(this.periods.isClosed(Q2, this.orgUnits.findByCode("HUA_BUM").orElseThrow())).isTrue();
		assertThat(this.periods.isClosed(new Quarter(2024, 3), this.orgUnits.findByCode("HUA_BUM").orElseThrow()))
			.isFalse();
		assertThatThrownBy(() -> this.periods.requireOpen(Q2, this.orgUnits.findByCode("HUA_BUM").orElseThrow()))
			.isInstanceOfSatisfying(UnitPeriodClosedException.class,
					ex -> assertThat(ex.getClosedUnitCode()).isEqualTo("NAM_NHUN"));
		assertThatThrownBy(() -> this.periods.closeFor(this.users.admin(), Q2, "HUA_BUM"))
			.as("already covered by the district's closure")
			.hasMessageContaining("period.alreadyClosedForUnit");
		assertThatThrownBy(() -> this.periods.closeFor(this.users.editor(), Q2, "HUA_BUM"))
			.isInstanceOf(AccessDeniedException.class);
	}

	private MvcTestResult put(String unit) {
		return this.mvc.put()
			.uri("/api/v1/disbursements")
			.with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"orgUnit":"%s","program":"GNBV","component":"DA1","capitalType":"INVESTMENT","planYear":2024,
					 "quarter":2,"amountVnd":1000000}
					""".formatted(unit))
			.exchange();
	}

}
