package org.programtracker.browser;

import java.nio.file.Path;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.programtracker.support.IntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard on the review conference's projector, at 1920×1080 and 1366×768, in
 * either language: one screen a section (overview, each program, lagging units, overdue
 * directives) that fits without scrolling, figures of at least 24 pixels, no control but
 * next and previous, the arrow keys moving between screens, Esc back to the dashboard.
 * Leaves screenshots of each screen in {@code target/screenshots}.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConferenceBrowserTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@CsvSource({ "1920, 1080, vi", "1366, 768, vi", "1920, 1080, en", "1366, 768, en" })
	void shouldShowOneReadableScreenASectionAndMoveByTheArrowKeys(int width, int height, String language) {
		this.browser.open(this.port);
		this.browser.signIn("viewer", "demo");
		this.browser.viewport(width, height);
		this.browser.go("/dashboard?year=2024&quarter=1&present=1&lang=" + language);
		JavascriptExecutor script = (JavascriptExecutor) this.browser.driver();
		SoftAssertions softly = new SoftAssertions();

		List<WebElement> slides = this.browser.driver().findElements(By.cssSelector(".conference .slide"));
		softly.assertThat(slides).as("overview, three programs, lagging units, overdue directives").hasSize(6);
		List<String> headings = new java.util.ArrayList<>();
		for (int i = 0; i < slides.size(); i++) {
			String where = "slide " + (i + 1) + " at " + width + "×" + height + " (" + language + ")";
			softly
				.assertThat(script.executeScript(
						"return [...document.querySelectorAll('.slide')].filter(s => s.checkVisibility()).length"))
				.as(where + ": one screen at a time")
				.isEqualTo(1L);
			softly
				.assertThat(script.executeScript(
						"""
								const slide = [...document.querySelectorAll('.slide')].find(s => s.checkVisibility());
								return document.documentElement.scrollHeight <= innerHeight && slide.scrollHeight <= slide.clientHeight
								    && slide.getBoundingClientRect().bottom <= innerHeight;
								"""))
				.as(where + ": fits the screen")
				.isEqualTo(true);
			softly.assertThat(script.executeScript("""
					return [...document.querySelectorAll('.slide .figure')].filter(f => f.checkVisibility())
					    .map(f => parseFloat(getComputedStyle(f).fontSize)).filter(size => size < 24).length
					""")).as(where + ": figures of at least 24 pixels").isEqualTo(0L);
			softly.assertThat(script.executeScript("""
					return [...document.querySelectorAll('main input, main select, main textarea, main a, main button')]
					    .filter(c => c.checkVisibility()).map(c => c.className)
					"""))
				.as(where + ": no control but next and previous")
				.isEqualTo(List.of("slide-previous", "slide-next"));
			softly.assertThat(this.browser.horizontalOverflow()).as(where).isEmpty();
			softly.assertThat(this.browser.overlappingText()).as(where).isEmpty();
			headings.add(this.browser.find(By.cssSelector(".slide:not([hidden]) h1")).getText());
			this.browser.screenshot(Path.of("target", "screenshots",
					"conference-" + width + "x" + height + "-" + language + "-" + (i + 1) + ".png"));
			this.browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
		}
		softly.assertThat(headings).doesNotHaveDuplicates();
		softly.assertThat(headings.get(1)).contains("NTM");
		softly.assertThat(this.browser.find(By.cssSelector(".slide-position")).getText())
			.isEqualTo(language.equals("vi") ? "Trang 6/6" : "Slide 6 of 6");
		this.browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
		softly.assertThat(this.browser.find(By.cssSelector(".slide:not([hidden]) h1")).getText())
			.isEqualTo(headings.get(4));
		softly.assertThat(this.browser.seriousAccessibilityViolations()).as("contrast and the rest").isEmpty();
		this.browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
		this.browser.waiting().until(driver -> !driver.getCurrentUrl().contains("present"));
		softly.assertThat(this.browser.path()).isEqualTo("/dashboard");
		softly.assertAll();
	}

}
