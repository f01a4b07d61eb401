package org.programtracker.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programtracker.support.DisbursementSheets.sheet;

/**
 * A commune's accountant imports the fourth quarter of 2024 from a sheet: the first has a
 * mistake and nothing is imported, the corrected one is. The quarter is removed
 * afterwards.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ImportBrowserTests {

	private static final Path FILES = Path.of("target", "browser-files");

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void removeTheFourthQuarter() {
		this.jdbc.sql("""
				delete from disbursement where quarter = 4 and plan_line_id in (select l.id from plan_line l
				join org_unit u on u.id = l.org_unit_id where u.code = 'HUA_BUM' and l.plan_year = 2024)""").update();
		this.jdbc.sql("delete from audit_entry where year = 2024 and quarter = 4").update();
		this.jdbc.sql("delete from import_batch").update();
	}

	@Test
	void shouldImportNothingFromASheetWithAMistakeAndEverythingOnceItIsCorrected() throws IOException {
		Path wrong = write("giai-ngan-sai.xlsx",
				sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 500, "", "", "" },
						new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", 2024, "1,234", "", "", "" }));
		Path corrected = write("giai-ngan.xlsx",
				sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 500, "", "", "" },
						new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", 2024, "30,5", "", "", "" }));
		this.browser.open(this.port);
		this.browser.signIn("editor", "demo");
		this.browser.clickAndWait(By.linkText("Nhập từ tệp"));
		new Select(this.browser.find(By.id("year"))).selectByValue("2024");
		new Select(this.browser.find(By.id("quarter"))).selectByValue("4");
		this.browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));

		this.browser.find(By.id("file")).sendKeys(wrong.toAbsolutePath().toString());
		this.browser.clickAndWait(By.cssSelector("form.panel button[type=submit]"));
		assertThat(this.browser.text()).contains("Chưa nhập gì: có 1 lỗi cần sửa", "giai-ngan-sai.xlsx",
				"Số tiền (triệu đồng)", "«1,234» chưa rõ nghĩa");

		this.browser.find(By.id("file")).sendKeys(corrected.toAbsolutePath().toString());
		this.browser.clickAndWait(By.cssSelector("form.panel button[type=submit]"));
		assertThat(this.browser.text()).contains("Xem trước: chưa có gì được nhập", "Nếu xác nhận: 2 số liệu mới");
		this.browser.clickAndWait(By.cssSelector(".preview form button.primary"));
		assertThat(this.browser.text()).contains("Đã nhập 2 dòng.");

		this.browser.go("/disbursements?orgUnit=HUA_BUM&year=2024&quarter=4");
		assertThat(this.browser.driver().findElements(By.cssSelector("input[data-cell][value='500']"))).hasSize(1);
		assertThat(this.browser.driver().findElements(By.cssSelector("input[data-cell][value='30,5']"))).hasSize(1);

		// the whole import undone from the list of recent imports
		this.browser.go("/imports?year=2024&quarter=4");
		this.browser.find(By.cssSelector("table.import-batches details.undo summary")).click();
		this.browser.find(By.cssSelector("table.import-batches details.undo input[name=note]")).sendKeys("nhầm quý");
		this.browser.clickAndWait(By.cssSelector("table.import-batches details.undo button.danger"));
		assertThat(this.browser.text()).contains("Đã hoàn tác lần nhập số", "Đã hoàn tác (editor,");
		this.browser.go("/disbursements?orgUnit=HUA_BUM&year=2024&quarter=4");
		assertThat(this.browser.driver().findElements(By.cssSelector("input[data-cell][value='500']"))).isEmpty();
	}

	@Test
	void shouldSayAFileOverTheSizeLimitIsTooLargeOnThePage() throws IOException {
		Path large = FILES.resolve("qua-lon.csv");
		Files.createDirectories(FILES);
		byte[] line = "HUA_BUM,NTM,ND03,RECURRENT,2024,1\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		try (var out = Files.newOutputStream(large)) {
			for (int written = 0; written < 11 * 1024 * 1024; written += line.length) {
				out.write(line);
			}
		}
		this.browser.open(this.port);
		this.browser.signIn("editor", "demo");
		this.browser.go("/imports?year=2024&quarter=4");

		this.browser.find(By.id("file")).sendKeys(large.toAbsolutePath().toString());
		this.browser.clickAndWait(By.cssSelector("form.panel button[type=submit]"));

		assertThat(this.browser.text()).contains("Tệp quá lớn", "10 MB").doesNotContain("Exception", "HTTP Status");
	}

	private static Path write(String name, byte[] sheet) throws IOException {
		Files.createDirectories(FILES);
		return Files.write(FILES.resolve(name), sheet);
	}

}
