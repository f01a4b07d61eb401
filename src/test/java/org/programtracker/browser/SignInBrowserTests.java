package org.programtracker.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.programtracker.support.IntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steering committee's first steps, in a real headless Chromium: sign in, pick the
 * quarter of the seed report, read it in Vietnamese and English, sign out.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInBrowserTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Test
	void shouldSignInPickTheSeedQuarterAndReadItInBothLanguages() {
		this.browser.open(this.port);

		this.browser.go("/progress");
		assertThat(this.browser.path()).isEqualTo("/login");
		assertThat(this.browser.text()).contains("DEMO", "Chế độ trình diễn", "viewer");

		this.browser.signIn("viewer", "demo");
		new Select(this.browser.find(By.id("year"))).selectByValue("2024");
		new Select(this.browser.find(By.id("quarter"))).selectByValue("1");
		this.browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));

		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "quý 1"));
		assertThat(this.browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
		assertThat(this.browser.text()).contains("Tiến độ giải ngân quý 1 năm 2024", "2.487", "31,4%", "chưa giải ngân",
				"27,7%", "41,1%", "chưa giao vốn");
		this.browser.screenshot(Path.of("target", "screenshots", "progress-vi.png"));

		this.browser.clickAndWait(By.linkText("English"));
		assertThat(this.browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(this.browser.text()).contains("Disbursement progress, quarter 1 of 2024", "2,487", "31.4%",
				"not started", "not allocated");
		this.browser.screenshot(Path.of("target", "screenshots", "progress-en.png"));

		this.browser.signOut();
		assertThat(this.browser.text()).contains("You have signed out.");
	}

	@Test
	void shouldSayWhenTheUsernameOrPasswordIsWrong() {
		this.browser.open(this.port);

		this.browser.signIn("viewer", "not-the-password");

		assertThat(this.browser.path()).isEqualTo("/login");
		assertThat(this.browser.text()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
	}

	@Test
	void shouldDrillFromAProgramToItsProjects() {
		this.browser.open(this.port);
		this.browser.signIn("viewer", "demo");
		this.browser.go("/progress?year=2024&quarter=1");

		this.browser.clickAndWait(By.partialLinkText("Chương trình mục tiêu quốc gia phát triển kinh tế"));

		assertThat(this.browser.path()).isEqualTo("/progress/programs/DTTS");
		assertThat(this.browser.text()).contains("Tất cả chương trình", "Đầu tư cơ sở hạ tầng thiết yếu", "67.961");
		this.browser.screenshot(Path.of("target", "screenshots", "program-vi.png"));
	}

}
