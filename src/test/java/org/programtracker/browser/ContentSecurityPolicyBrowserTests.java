package org.programtracker.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.programtracker.directive.internal.Directive;
import org.programtracker.directive.internal.DirectiveRepository;
import org.programtracker.narrative.internal.NarrativeEntry;
import org.programtracker.narrative.internal.NarrativeEntryRepository;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page works under the Content-Security-Policy: the browser reports no violation
 * (an inline script, an {@code on*} attribute or a {@code style} attribute would be one).
 * Add each new page here.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ContentSecurityPolicyBrowserTests {

	private static final String RECORD_VIOLATIONS = """
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation', event => window.cspViolations.push(
			  event.violatedDirective + ' ' + (event.blockedURI || 'inline') + ' ' + (event.sample || '')));
			""";

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Autowired
	private NarrativeEntryRepository narrative;

	@Autowired
	private DirectiveRepository directives;

	@Test
	void shouldRunEveryPageWithoutAContentSecurityPolicyViolation() {
		this.browser.open(this.port);
		chrome().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
		SoftAssertions softly = new SoftAssertions();
		this.browser.go("/login");
		softly.assertThat(violations()).as("/login").isEmpty();

		this.browser.signIn("admin", "demo");
		for (String language : List.of("vi", "en")) {
			for (String page : pages()) {
				this.browser.go(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
				softly.assertThat(violations()).as(page + " (" + language + ")").isEmpty();
			}
		}
		softly.assertAll();
	}

	@Test
	void shouldNoticeAViolation() {
		this.browser.open(this.port);
		chrome().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
		this.browser.go("/login");

		// as a template with a style attribute would
		chrome().executeScript("document.body.insertAdjacentHTML('beforeend', '<div style=\"color:red\">x</div>')");

		this.browser.waiting().withTimeout(Duration.ofSeconds(5)).until(driver -> !violations().isEmpty());
		assertThat(violations()).anyMatch(violation -> violation.startsWith("style-src"));
	}

	private List<String> pages() {
		long paragraph = this.narrative.findAll()
			.stream()
			.map(NarrativeEntry::getId)
			.min(Comparator.naturalOrder())
			.orElseThrow();
		long directive = this.directives.findAll()
			.stream()
			.map(Directive::getId)
			.min(Comparator.naturalOrder())
			.orElseThrow();
		return List.of("/progress?year=2024&quarter=1", "/progress/programs/NTM?year=2024&quarter=1",
				"/progress/programs/NTM?year=2024&quarter=1&component=ND02", "/reports/summary?year=2024&quarter=1",
				"/reports/narrative?year=2024&quarter=1", "/reports/narrative/" + paragraph + "/edit",
				"/directives?year=2024&quarter=1", "/directives/" + directive, "/directives/" + directive + "/edit",
				"/directives/new?year=2024&quarter=2", "/reports/header", "/reports/printed?year=2024&quarter=1",
				"/imports?year=2024&quarter=4", "/disbursements?year=2024&quarter=2&orgUnit=HUA_BUM",
				"/disbursements?year=2024&quarter=1&orgUnit=HUA_BUM", "/disbursements/submissions?year=2024&quarter=2",
				"/periods?year=2024", "/admin/users", "/admin/users/new", "/account/password",
				"/progress?orgUnit=NOWHERE", "/allocations?year=2024", "/allocations/new", "/allocations/lines/1",
				"/allocations/1/edit", "/allocations/1/delete", "/dashboard?year=2024&quarter=1",
				"/dashboard?year=2024&quarter=1&present=1", "/dashboard/programs/NTM?year=2024&quarter=1",
				"/dashboard/programs/NTM?year=2024&quarter=1&orgUnit=HUA_BUM", "/dashboard/lines/1?quarter=1", "/admin",
				"/admin/org-units", "/admin/org-units/new", "/admin/org-units/HUA_BUM",
				"/admin/org-units/HUA_BUM/close", "/admin/org-units/HUA_BUM/delete", "/admin/programs",
				"/admin/programs/new", "/admin/programs/NTM/edit", "/admin/programs/NTM/delete",
				"/admin/programs/GNBV/components", "/admin/programs/GNBV/components/new?parent=DA3",
				"/admin/programs/GNBV/components/DA3.1/edit", "/admin/programs/GNBV/components/DA3/delete",
				"/history?year=2024&quarter=1", "/allocations/lines/1/history");
	}

	private ChromeDriver chrome() {
		return (ChromeDriver) this.browser.driver();
	}

	private List<String> violations() {
		Object recorded = chrome().executeScript("return window.cspViolations || null");
		assertThat(recorded).as("the violation recorder runs on every page").isNotNull();
		List<String> violations = new ArrayList<>();
		((List<?>) recorded).forEach(violation -> violations.add(String.valueOf(violation)));
		return violations;
	}

}
