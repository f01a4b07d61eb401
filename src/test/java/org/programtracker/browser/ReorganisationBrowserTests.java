package org.programtracker.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator merges a commune into a commune created from 1 July 2025, checking the
 * preview first; then the new commune's accountant enters its third quarter, which
 * carries what the old commune disbursed before. The units and what they hold are removed
 * afterwards.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReorganisationBrowserTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void createAnOldAndANewCommune() {
		this.jdbc.sql("""
				insert into org_unit (code, name, kind, parent_id, path, valid_from, sort_order)
				select v.code, v.name, 'COMMUNE', u.id, u.path || v.code || '/', v.valid_from, 90
				from org_unit u, (values ('BT_OLD', 'Xã Cũ', null::date), ('BT_NEW', 'Xã Mới', date '2025-07-01'))
				     v (code, name, valid_from)
				where u.code = 'NAM_NHUN'""").update();
		this.jdbc.sql("""
				insert into plan_line (org_unit_id, program_id, capital_type, plan_year, origin_year)
				select u.id, p.id, 'INVESTMENT', 2025, 2025 from org_unit u, program p
				where u.code = 'BT_OLD' and p.code = 'NTM'""").update();
		this.jdbc.sql("""
				insert into allocation (plan_line_id, decision_number, decision_date, amount_vnd)
				select l.id, '7/QĐ-BT', date '2025-01-10', 1000000000 from plan_line l
				join org_unit u on u.id = l.org_unit_id where u.code = 'BT_OLD'""").update();
		this.jdbc.sql("""
				insert into disbursement (plan_line_id, quarter, amount_vnd, advance_vnd, advance_recovered_vnd)
				select l.id, 2, 300000000, 0, 0 from plan_line l
				join org_unit u on u.id = l.org_unit_id where u.code = 'BT_OLD'""").update();
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, role, org_unit_id)
				select 'bt_editor', e.password_hash, 'Kế toán xã Mới', 'EDITOR', u.id
				from app_user e, org_unit u where e.username = 'editor' and u.code = 'BT_NEW'""").update();
	}

	@AfterEach
	void removeWhatTheTestWrote() {
		String units = "(select id from org_unit where code like 'BT!_%' escape '!')";
		String lines = "(select id from plan_line where org_unit_id in " + units + ")";
		this.jdbc.sql("delete from app_user where username = 'bt_editor'").update();
		this.jdbc.sql("delete from disbursement where plan_line_id in " + lines).update();
		this.jdbc.sql("delete from allocation where plan_line_id in " + lines).update();
		this.jdbc
			.sql("delete from audit_entry where org_unit_id in " + units
					+ " or (subject = 'ORG_UNIT' and subject_id in " + units + ") or plan_line_id in " + lines)
			.update();
		this.jdbc.sql("delete from reorganisation where org_unit_id in " + units).update();
		this.jdbc.sql("delete from plan_line where org_unit_id in " + units).update();
		this.jdbc.sql("update org_unit set successor_id = null where code like 'BT!_%' escape '!'").update();
		this.jdbc.sql("delete from org_unit where code like 'BT!_%' escape '!' and parent_id in " + units).update();
		this.jdbc.sql("delete from org_unit where code like 'BT!_%' escape '!'").update();
	}

	@Test
	void shouldMergeACommuneAfterItsPreviewAndLetTheNewCommuneEnterItsThirdQuarter() {
		this.browser.open(this.port);
		this.browser.signIn("admin", "demo");
		this.browser.go("/admin/org-units");
		this.browser.clickAndWait(By.cssSelector("a[aria-label='Sắp xếp lại Xã Cũ']"));
		this.browser.find(By.cssSelector("input[name=kind][value=MERGE]")).click();
		new Select(this.browser.find(By.id("target"))).selectByValue("BT_NEW");
		WebElement date = this.browser.find(By.id("effectiveDate"));
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].value = '2025-07-01'", date);
		this.browser.find(By.id("decisionNumber")).sendKeys("1670/NQ-UBTVQH15");
		this.browser.clickAndWait(By.cssSelector("button[name=step][value=preview]"));

		assertThat(this.browser.text()).contains("Những gì sẽ thay đổi",
				"Từ ngày 01/07/2025, Xã Cũ sáp nhập vào Xã Mới", "Dòng kế hoạch chuyển giao: 1");
		assertThat(this.browser.horizontalOverflow()).isEmpty();
		this.browser.screenshot(Path.of("target", "screenshots", "reorganisation-preview-vi.png"));
		this.browser.clickAndWait(By.cssSelector("button[name=step][value=confirm]"));

		assertThat(this.browser.path()).isEqualTo("/admin/reorganisations");
		assertThat(this.browser.text()).contains("Sáp nhập Xã Cũ", "1670/NQ-UBTVQH15");
		this.browser.screenshot(Path.of("target", "screenshots", "reorganisations-vi.png"));

		this.browser.signOut();
		this.browser.signIn("bt_editor", "demo");
		this.browser.go("/disbursements?year=2025&quarter=3");
		assertThat(this.browser.text()).contains("Giải ngân quý 3 năm 2025: Xã Mới");
		WebElement amount = this.browser.find(By.cssSelector("input[data-cell=amount]"));
		amount.sendKeys("200");
		this.browser.clickAndWait(By.cssSelector(".actions button[type=submit]"));
		assertThat(this.browser.text()).contains("Đã lưu số giải ngân của quý.");
		this.browser.screenshot(Path.of("target", "screenshots", "grid-new-commune-vi.png"));

		this.browser.go("/api/v1/progress?year=2025&quarter=3&orgUnit=BT_NEW");
		assertThat(this.browser.text()).contains("\"planVnd\":1000000000", "\"disbursedVnd\":500000000");
	}

}
