package org.programtracker.infrastructure.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.AllocationService;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.DecisionCommand;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes pages read as one product: the amounts of a page all with the same number of
 * decimals, units listed in the tree's order wherever they are listed, and one word for
 * each thing of the glossary in both languages.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ConsistencyTests {

	/**
	 * An amount as a table shows it, in either language, not a percentage.
	 */
	private static final Pattern AMOUNT = Pattern
		.compile("(?<![\\d.,])-?\\d{1,3}(?:[.,]\\d{3})*(?:[.,]\\d{1,3})?(?![\\d%])");

	private static final Pattern PERCENT = Pattern.compile("-?[\\d.,]+\\s?%");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private OrgUnitService orgUnits;

	@Autowired
	private Users users;

	@Autowired
	private AllocationService allocations;

	@ParameterizedTest
	@ValueSource(strings = { "/progress?year=2024&quarter=1", "/progress?year=2024&quarter=2",
			"/progress?year=2024&quarter=2&lang=en", "/dashboard?year=2024&quarter=1", "/dashboard?year=2024&quarter=2",
			"/dashboard?year=2024&quarter=2&lang=en", "/dashboard/programs/NTM?year=2024&quarter=2",
			"/disbursements/submissions?year=2024&quarter=2&orgUnit=NAM_NHUN",
			"/disbursements/submissions?year=2024&quarter=1&orgUnit=NAM_NHUN&lang=en" })
	@WithUserDetails("admin")
	void shouldShowEveryAmountOfATableWithTheSameDecimals(String page) {
		assertOnePrecisionPerTable(page, get(page));
	}

	/**
	 * A register's page and its total: a decision of 12,5 million beside whole ones.
	 */
	@Test
	@WithUserDetails("admin")
	@Transactional
	void shouldShowARegistersAmountsAndTotalWithOnePrecision() {
		this.allocations.create(this.users.admin(),
				new DecisionCommand(new PlanLineKey("HUA_BUM", "NTM", "ND03", CapitalType.RECURRENT, null, 2024, null),
						null, "CT-1/QĐ-UBND", LocalDate.of(2024, 11, 15), new BigDecimal("12500000"), null));

		for (String page : List.of("/allocations?year=2024&orgUnit=HUA_BUM", "/allocations?year=2024&lang=en")) {
			Document html = get(page);
			assertThat(html.select("table.figures td.num").eachText()).as(page)
				.contains(page.contains("lang=en") ? "12.5" : "12,5");
			assertOnePrecisionPerTable(page, html);
		}
	}

	private static void assertOnePrecisionPerTable(String page, Document html) {
		boolean english = page.contains("lang=en");
		List<Element> tables = html.select("table.figures");
		assertThat(tables).as(page).isNotEmpty();
		for (Element table : tables) {
			Set<Integer> decimals = new TreeSet<>();
			List<String> examples = new ArrayList<>();
			for (Element cell : table.select("td.num")) {
				Matcher amount = AMOUNT.matcher(PERCENT.matcher(cell.text()).replaceAll(" "));
				while (amount.find()) {
					if (decimals.add(decimalsOf(amount.group(), english))) {
						examples.add(amount.group());
					}
				}
			}
			String name = page + " " + table.select("caption").text();
			assertThat(decimals).as(name + ": " + examples).hasSizeLessThanOrEqualTo(1);
		}
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowTwoThirdDecimalAmountsWithTheirTablesPrecision() {
		Document html = get("/progress?year=2024&quarter=1&orgUnit=NAM_PI");

		assertThat(html.select("table.figures td.num").eachText()).anyMatch(text -> text.matches("\\d+,\\d{3}"))
			.noneMatch(text -> text.matches("\\d+(\\.\\d{3})*"));
	}

	@Test
	@WithUserDetails("admin")
	void shouldListUnitsInTheTreesOrderOnTheProgressDashboardAndConsolidationPages() {
		List<String> tree = this.orgUnits.visibleUnits(this.users.admin().scope())
			.stream()
			.map(OrgUnitView::name)
			.toList();
		assertThat(tree.indexOf("Thị trấn Nậm Nhùn")).as("the township first, as in the tree's sort order")
			.isLessThan(tree.indexOf("Xã Hua Bum"));

		for (String page : List.of("/progress?year=2024&quarter=2", "/dashboard?year=2024&quarter=2")) {
			assertThat(get(page).select("select#orgUnit option").eachText().stream().map(String::strip).toList())
				.as(page)
				.containsExactlyElementsOf(tree);
		}
		assertInTreeOrder(
				get("/dashboard/programs/NTM?year=2024&quarter=2").select("table.figures th[scope=row]").eachText(),
				tree);
		assertInTreeOrder(get("/disbursements/submissions?year=2024&quarter=2&orgUnit=NAM_NHUN")
			.select("table tbody th[scope=row]")
			.eachText(), tree);
	}

	@Test
	void shouldUseOneWordForEachThingOfTheGlossary() throws IOException {
		Properties vi = bundle("messages_vi.properties");
		Properties en = bundle("messages_en.properties");

		assertThat(matching(vi, "giao ban")).as("the review conference is «hội nghị sơ kết»").isEmpty();
		assertThat(matching(vi, "vốn chuyển nguồn")).as("carried-over capital is «vốn kéo dài»").isEmpty();
		assertThat(matching(vi, "hội nghị")).as("every conference is the quarter's review conference")
			.allMatch(text -> text.contains("hội nghị sơ kết"));
		assertThat(matching(en, "conference")).allMatch(text -> text.toLowerCase().contains("review conference")
				|| text.toLowerCase().contains("conference view") || text.startsWith("Slide"));
	}

	private static void assertInTreeOrder(List<String> listed, List<String> tree) {
		List<String> units = listed.stream().map(String::strip).filter(tree::contains).toList();
		assertThat(units).hasSizeGreaterThan(2);
		assertThat(units).isSortedAccordingTo((a, b) -> Integer.compare(tree.indexOf(a), tree.indexOf(b)));
	}

	private static List<String> matching(Properties bundle, String words) {
		return bundle.values()
			.stream()
			.map(String::valueOf)
			.filter(text -> text.toLowerCase().contains(words))
			.toList();
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(name).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static int decimalsOf(String amount, boolean english) {
		char decimalMark = english ? '.' : ',';
		int mark = amount.lastIndexOf(decimalMark);
		return (mark < 0) ? 0 : amount.length() - mark - 1;
	}

	private Document get(String page) {
		MvcTestResult result = this.mvc.get().uri(page).exchange();
		assertThat(result).as(page).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
