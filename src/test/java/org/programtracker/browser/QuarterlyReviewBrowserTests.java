package org.programtracker.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.programtracker.support.IntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The quarterly review in a real browser: the steering committee reads the summary and
 * the directives, the standing agency writes the narrative.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class QuarterlyReviewBrowserTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Test
	void shouldLetTheSteeringCommitteeReadAndPrintTheSummaryAndFollowTheDirectives() throws IOException {
		this.browser.open(this.port);
		this.browser.signIn("viewer", "demo");

		this.browser.clickAndWait(By.linkText("Báo cáo quý"));
		new Select(this.browser.find(By.id("year"))).selectByValue("2024");
		new Select(this.browser.find(By.id("quarter"))).selectByValue("1");
		this.browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));

		assertThat(this.browser.text()).contains("Quý đã khóa sổ ngày 05/04/2024",
				"Kế hoạch vốn đầu tư phát triển được giao 3.150 triệu đồng, đã phân bổ chi tiết 2.487 triệu đồng; giải ngân 780 triệu đồng, đạt 31,4% kế hoạch phân bổ chi tiết và 24,8% kế hoạch được giao",
				"tỷ lệ in không khớp số liệu");
		assertThat(this.browser.find(By.linkText("Tải PDF")).getAttribute("href")).contains("/reports/summary.pdf");
		this.browser.screenshot(Path.of("target", "screenshots", "summary-vi.png"));

		byte[] pdf = print();
		Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve("summary-print-vi.pdf"), pdf);
		try (PDDocument printed = Loader.loadPDF(pdf)) {
			assertThat(printed.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			assertThat(printed.getPage(0).getMediaBox().getWidth()).as("A4 width in points")
				.isCloseTo(595f, offset(2f));
			String text = new PDFTextStripper().getText(printed);
			assertThat(text.replaceAll("\\s+", " "))
				.contains("Kế hoạch vốn đầu tư phát triển được giao 3.150 triệu đồng")
				.doesNotContain("Bảng điều khiển", "Đăng xuất");
		}

		this.browser.clickAndWait(By.linkText("Kết luận chỉ đạo"));
		new Select(this.browser.find(By.id("status"))).selectByValue("OVERDUE");
		this.browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
		assertThat(this.browser.text()).contains("quá hạn");
		this.browser.screenshot(Path.of("target", "screenshots", "directives-vi.png"));
	}

	@Test
	void shouldLetTheStandingAgencyWriteTheNarrativeAfterAMistake() {
		this.browser.open(this.port);
		this.browser.signIn("admin", "demo");
		this.browser.go("/reports/narrative?year=2024&quarter=3&orgUnit=NAM_NHUN");

		this.browser.find(By.id("text-NTM-DIFFICULTY")).sendKeys("   ");
		this.browser.find(By.id("text-NTM-DIFFICULTY")).submit();
		assertThat(this.browser.find(By.id("text-NTM-DIFFICULTY-error")).getText())
			.isEqualTo("⚠ Vui lòng nhập nội dung.".substring(2));
		this.browser.screenshot(Path.of("target", "screenshots", "narrative-error-vi.png"));

		this.browser.find(By.id("text-NTM-DIFFICULTY")).sendKeys("Giá vật liệu xây dựng tăng cao.");
		this.browser.find(By.id("text-NTM-DIFFICULTY")).submit();
		assertThat(this.browser.text()).contains("Đã thêm đoạn mới.", "Giá vật liệu xây dựng tăng cao.");

		this.browser.go("/reports/summary?year=2024&quarter=3&orgUnit=NAM_NHUN");
		assertThat(this.browser.text()).contains("Giá vật liệu xây dựng tăng cao.", "Số liệu tạm thời");

		this.browser.go("/reports/narrative?year=2024&quarter=3&orgUnit=NAM_NHUN");
		this.browser.clickAndWait(By.cssSelector(".paragraphs .link-danger"));
		assertThat(this.browser.text()).contains("Đã xóa đoạn.").doesNotContain("Giá vật liệu xây dựng tăng cao.");
	}

	/**
	 * Prints the page as the browser's print dialog would, with its print stylesheet.
	 */
	private byte[] print() {
		Map<String, Object> pdf = ((ChromeDriver) this.browser.driver()).executeCdpCommand("Page.printToPDF",
				Map.of("preferCSSPageSize", true, "displayHeaderFooter", false));
		return Base64.getDecoder().decode((String) pdf.get("data"));
	}

}
