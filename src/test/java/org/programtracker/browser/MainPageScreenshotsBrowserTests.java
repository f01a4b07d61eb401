package org.programtracker.browser;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.programtracker.support.IntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages in Vietnamese on a phone (390×844), a laptop (1366×768) and a projector
 * (1920×1080), as screenshots in {@code target/screenshots/sizes} to look at (the
 * README's come from here), each without sideways scrolling.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MainPageScreenshotsBrowserTests {

	private static final Map<String, String> PAGES = Map.of("progress", "/progress?year=2024&quarter=1", "dashboard",
			"/dashboard?year=2024&quarter=1", "summary", "/reports/summary?year=2024&quarter=1", "grid",
			"/disbursements?year=2024&quarter=2&orgUnit=HUA_BUM", "conference",
			"/dashboard?year=2024&quarter=1&present=1", "decision-form", "/allocations/new?", "consolidation",
			"/disbursements/submissions?year=2024&quarter=2&orgUnit=NAM_NHUN", "decisions", "/allocations?year=2024",
			"imports", "/imports?year=2024&quarter=4");

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Test
	void shouldShowTheMainPagesAtThePhonesLaptopsAndProjectorsSize() {
		this.browser.open(this.port);
		this.browser.signIn("admin", "demo");
		for (int[] size : new int[][] { { 390, 844 }, { 1366, 768 }, { 1920, 1080 } }) {
			this.browser.viewport(size[0], size[1]);
			PAGES.forEach((name, page) -> {
				this.browser.go(page + "&lang=vi");
				this.browser.screenshot(
						Path.of("target", "screenshots", "sizes", name + "-" + size[0] + "x" + size[1] + "-vi.png"));
				assertThat(this.browser.horizontalOverflow()).as("%s at %s pixels", page, size[0]).isEmpty();
				if (size[0] < 700) {
					// on a phone the figures come after the menu and the filters: show
					// them too (on the dashboard the table by program, after its charts)
					((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
						.executeScript("(document.getElementById('programs') || document.querySelector('main table'))"
								+ "?.scrollIntoView()");
					this.browser.screenshot(Path.of("target", "screenshots", "sizes",
							name + "-" + size[0] + "x" + size[1] + "-figures-vi.png"));
				}
			});
		}
	}

}
