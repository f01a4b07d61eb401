package org.programtracker.browser;

import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.programtracker.support.IntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core finds no serious or critical accessibility violation on the main pages, in
 * either language, and none of them needs scrolling sideways at 1366 pixels wide, the
 * width of the modest laptops the district staff use. Add each new main page here.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTests {

	private static final List<String> MAIN_PAGES = List.of("/progress?year=2024&quarter=1",
			"/progress/programs/DTTS?year=2024&quarter=1", "/reports/summary?year=2024&quarter=1",
			"/reports/narrative?year=2024&quarter=1", "/directives?year=2024&quarter=1", "/directives/1?",
			"/directives/new?year=2024&quarter=2", "/directives/1/edit?", "/reports/header?orgUnit=NAM_NHUN",
			"/reports/printed?year=2024&quarter=1", "/disbursements?year=2024&quarter=2&orgUnit=HUA_BUM",
			"/disbursements?year=2024&quarter=2", "/disbursements/submissions?year=2024&quarter=2",
			"/periods?year=2024", "/imports?year=2024&quarter=4", "/disbursements?year=2024&quarter=5&orgUnit=HUA_BUM",
			"/progress?year=2024&quarter=5", "/imports?year=2024&quarter=5",
			"/progress?year=2024&quarter=1&orgUnit=NOWHERE", "/allocations?year=2024", "/allocations/new?",
			"/allocations/1/edit?", "/allocations/1/delete?", "/allocations/lines/1?", "/dashboard?year=2024&quarter=1",
			"/dashboard?year=2024&quarter=1&present=1", "/dashboard/programs/NTM?year=2024&quarter=1",
			"/dashboard/programs/NTM?year=2024&quarter=1&component=ND02",
			"/dashboard/programs/NTM?year=2024&quarter=1&orgUnit=HUA_BUM", "/dashboard/lines/1?quarter=1", "/admin?",
			"/admin/org-units?", "/admin/org-units/new?", "/admin/org-units/HUA_BUM?",
			"/admin/org-units/HUA_BUM/close?", "/admin/org-units/HUA_BUM/delete?",
			"/admin/org-units/HUA_BUM/reorganise?", "/admin/reorganisations?", "/admin/programs?",
			"/admin/programs/new?", "/admin/programs/NTM/edit?", "/admin/programs/NTM/delete?",
			"/admin/programs/GNBV/components?", "/admin/programs/GNBV/components/new?parent=DA3",
			"/admin/programs/GNBV/components/DA3.1/edit?", "/admin/programs/GNBV/components/DA3/delete?",
			"/history?year=2024&quarter=1", "/allocations/lines/1/history?", "/assignments?year=2024",
			"/assignments/new?", "/assignments/1/edit?", "/assignments/1/delete?", "/assignments/1/history?",
			"/periods/carry-over?year=2025", "/periods/carry-over?year=2024", "/dashboard?year=2024&quarter=2",
			"/progress?year=2024&quarter=2&fundingSource=CENTRAL");

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Test
	void shouldFindNoSeriousAccessibilityViolationAndNoSidewaysScrollingOnTheMainPages() {
		SoftAssertions softly = new SoftAssertions();
		this.browser.open(this.port);
		this.browser.go("/login");
		softly.assertThat(this.browser.seriousAccessibilityViolations()).as("/login").isEmpty();

		this.browser.signIn("admin", "demo");
		for (String language : List.of("vi", "en")) {
			for (String page : MAIN_PAGES) {
				this.browser.go(page + "&lang=" + language);
				softly.assertThat(this.browser.seriousAccessibilityViolations())
					.as(page + " (" + language + ")")
					.isEmpty();
				softly.assertThat(this.browser.horizontalOverflow())
					.as("wider than 1366 pixels: " + page + " (" + language + ")")
					.isEmpty();
			}
		}
		softly.assertAll();
	}

	/**
	 * On a phone 390 pixels wide every main page reads without scrolling sideways and no
	 * text is drawn over other text, in either language.
	 */
	@Test
	void shouldNeitherScrollSidewaysNorOverlapTextOnAPhone() {
		SoftAssertions softly = new SoftAssertions();
		this.browser.open(this.port);
		this.browser.viewport(390, 844);
		this.browser.go("/login");
		softly.assertThat(this.browser.horizontalOverflow()).as("/login at 390 pixels").isEmpty();
		this.browser.signIn("admin", "demo");
		for (String language : List.of("vi", "en")) {
			for (String page : MAIN_PAGES) {
				this.browser.go(page + "&lang=" + language);
				softly.assertThat(this.browser.horizontalOverflow())
					.as("wider than 390 pixels: " + page + " (" + language + ")")
					.isEmpty();
				softly.assertThat(this.browser.overlappingText())
					.as("text over text at 390 pixels: " + page + " (" + language + ")")
					.isEmpty();
			}
		}
		softly.assertAll();
	}

}
