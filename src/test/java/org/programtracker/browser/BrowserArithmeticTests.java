package org.programtracker.browser;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.programtracker.kernel.AmountFormatException;
import org.programtracker.kernel.Amounts;
import org.programtracker.kernel.Formats;
import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The grid's own functions (js/grid.js), run in Chromium on the grid page, agree with the
 * server's (kernel.Amounts, kernel.Formats, kernel.PercentOfPlan) over a generated table:
 * every accepted and refused way of typing an amount, with the spaces spreadsheets leave,
 * ties that round half-up, negatives and 10^15 đồng, in both languages.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BrowserArithmeticTests {

	private static final Locale VI = Locale.forLanguageTag("vi-VN");

	private static final Locale EN = Locale.ENGLISH;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@AfterEach
	void forgetTheLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void shouldReadEveryTypedAmountAsTheServerDoes() {
		JavascriptExecutor page = gridPage();
		SoftAssertions softly = new SoftAssertions();
		int compared = 0;
		for (Locale locale : List.of(VI, EN)) {
			List<String> typed = typedAmounts(locale);
			JsonNode answers = JSON.readTree((String) page.executeScript("""
					const [texts, language] = arguments;
					return JSON.stringify(JSON.parse(texts).map(t => window.programTrackerGrid.read(t, language)));
					""", JSON.writeValueAsString(typed), locale.getLanguage()));
			for (int i = 0; i < typed.size(); i++) {
				String text = typed.get(i);
				String expected;
				try {
					BigDecimal dong = Amounts.parseMillions(text, locale);
					expected = "{\"dong\":" + ((dong == null) ? "null" : "\"" + dong.toPlainString() + "\"") + "}";
				}
				catch (AmountFormatException refused) {
					Map<String, Object> error = new LinkedHashMap<>();
					error.put("error", refused.getMessageKey());
					error.put("args", List.of(refused.getArguments()));
					expected = JSON.writeValueAsString(error);
				}
				softly.assertThat(answers.get(i).toString())
					.as("«%s» (%s)", text.replace("\u00a0", "⍽").replace("\t", "⇥"), locale)
					.isEqualTo(expected);
				compared++;
			}
		}
		softly.assertThat(compared).isGreaterThan(1500);
		softly.assertAll();
	}

	@Test
	void shouldWriteMillionsAndPercentsAsTheServerDoes() {
		JavascriptExecutor page = gridPage();
		Formats formats = new Formats();
		SoftAssertions softly = new SoftAssertions();
		List<BigInteger> amounts = amountsInDong();
		List<BigInteger[]> pairs = cumulativesAndPlans();
		for (Locale locale : List.of(VI, EN)) {
			LocaleContextHolder.setLocale(locale);
			JsonNode millions = JSON.readTree((String) page.executeScript(
					"""
							const [amounts, language] = arguments;
							return JSON.stringify(JSON.parse(amounts).map(a => window.programTrackerGrid.millions(a, language)));
							""",
					JSON.writeValueAsString(amounts.stream().map(BigInteger::toString).toList()),
					locale.getLanguage()));
			for (int i = 0; i < amounts.size(); i++) {
				softly.assertThat(millions.get(i).asString())
					.as("%s đồng (%s)", amounts.get(i), locale)
					.isEqualTo(formats.millions(new BigDecimal(amounts.get(i))));
			}
			JsonNode percents = JSON.readTree((String) page.executeScript(
					"""
							const [pairs, language] = arguments;
							return JSON.stringify(JSON.parse(pairs).map(([c, p]) => [window.programTrackerGrid.percent(c, p, language),
							    window.programTrackerGrid.status(c, p)]));
							""",
					JSON.writeValueAsString(
							pairs.stream().map(p -> List.of(p[0].toString(), p[1].toString())).toList()),
					locale.getLanguage()));
			for (int i = 0; i < pairs.size(); i++) {
				PercentOfPlan expected = PercentOfPlan.of(new BigDecimal(pairs.get(i)[0]),
						new BigDecimal(pairs.get(i)[1]));
				softly.assertThat(percents.get(i).get(0).asString())
					.as("%s of %s (%s)", pairs.get(i)[0], pairs.get(i)[1], locale)
					.isEqualTo(formats.percent(expected));
				softly.assertThat(percents.get(i).get(1).asString())
					.as("state of %s of %s", pairs.get(i)[0], pairs.get(i)[1])
					.isEqualTo(expected.status().name());
			}
		}
		softly.assertThat(formatsOf(VI, new BigInteger("625"), new BigInteger("10000"))).isEqualTo("6,3%");
		softly.assertAll();
	}

	@Test
	void shouldPickTheTablesPrecisionAndWriteEachOfItsAmountsWithItAsTheServerDoes() {
		JavascriptExecutor page = gridPage();
		Formats formats = new Formats();
		SoftAssertions softly = new SoftAssertions();
		List<List<BigInteger>> tables = tablesOfAmounts();
		List<List<String>> asText = tables.stream()
			.map(table -> table.stream().map(BigInteger::toString).toList())
			.toList();
		int compared = 0;
		for (Locale locale : List.of(VI, EN)) {
			LocaleContextHolder.setLocale(locale);
			JsonNode answers = JSON.readTree((String) page.executeScript(
					"""
							const [tables, language] = arguments;
							return JSON.stringify(JSON.parse(tables).map(table => {
							  const decimals = window.programTrackerGrid.decimalsFor(table);
							  return { decimals, shown: table.map(a => window.programTrackerGrid.millions(a, language, decimals)) };
							}));
							""",
					JSON.writeValueAsString(asText), locale.getLanguage()));
			for (int t = 0; t < tables.size(); t++) {
				List<BigDecimal> table = tables.get(t).stream().map(BigDecimal::new).toList();
				int decimals = formats.decimalsFor(table);
				softly.assertThat(answers.get(t).get("decimals").asInt())
					.as("decimals of %s", table)
					.isEqualTo(decimals);
				for (int i = 0; i < table.size(); i++) {
					softly.assertThat(answers.get(t).get("shown").get(i).asString())
						.as("%s đồng in %s (%s)", table.get(i), table, locale)
						.isEqualTo(formats.millions(table.get(i), decimals));
					compared++;
				}
			}
		}
		softly.assertThat(compared).isGreaterThan(2000);
		softly.assertThat(answers(page, "699875000", "2382500000")).isEqualTo("3: 699,875 2.382,500");
		softly.assertThat(answers(page, "780000000", "2382500000")).isEqualTo("1: 780,0 2.382,5");
		softly.assertThat(answers(page, "1234500", "-1999500", "1000000000000000"))
			.isEqualTo("3: 1,235 -2,000 1.000.000.000,000");
		softly.assertThat(answers(page, "1250000", "-500")).isEqualTo("3: 1,250 -0,001");
		softly.assertThat(answers(page, "1999500", "0")).isEqualTo("0: 2 0");
		softly.assertAll();
	}

	/**
	 * A table's decimals and its amounts as the script writes them in Vietnamese.
	 */
	private static String answers(JavascriptExecutor page, String... amounts) {
		return (String) page.executeScript(
				"""
						const decimals = window.programTrackerGrid.decimalsFor(arguments[0]);
						return decimals + ': ' + arguments[0].map(a => window.programTrackerGrid.millions(a, 'vi', decimals)).join(' ');
						""",
				List.of(amounts));
	}

	private JavascriptExecutor gridPage() {
		this.browser.open(this.port);
		this.browser.signIn("admin", "demo");
		this.browser.go("/disbursements?year=2024&quarter=2&orgUnit=HUA_BUM");
		return (JavascriptExecutor) this.browser.driver();
	}

	private static String formatsOf(Locale locale, BigInteger cumulative, BigInteger plan) {
		LocaleContextHolder.setLocale(locale);
		return new Formats().percent(PercentOfPlan.of(new BigDecimal(cumulative), new BigDecimal(plan)));
	}

	/**
	 * Amounts as people type them: every generated amount written the language's way
	 * (grouped, ungrouped, with a minus sign or the typographic one, spaces of a
	 * spreadsheet around or between its groups), and text the server refuses for each of
	 * its reasons.
	 */
	private static List<String> typedAmounts(Locale locale) {
		boolean english = locale.getLanguage().equals("en");
		char group = english ? ',' : '.';
		char decimal = english ? '.' : ',';
		List<String> typed = new ArrayList<>();
		for (BigInteger dong : amountsInDong()) {
			if (dong.abs().compareTo(new BigInteger("999999999999999999")) > 0) {
				continue;
			}
			String written = Amounts.formatMillionsForInput(new BigDecimal(dong), locale);
			typed.add(written);
			typed.add(written.replace(String.valueOf(group), ""));
			typed.add(written + "\u00a0");
			typed.add("\t " + written + " \u202f");
			typed.add(written.replace(String.valueOf(group), "\u00a0"));
			typed.add(written.replace(String.valueOf(group), " "));
			typed.add(written.startsWith("-") ? "\u2212" + written.substring(1) : written);
			typed.add(written.replace(String.valueOf(decimal), String.valueOf(group)));
			typed.add(written + "0000000");
		}
		for (String text : new String[] { "", " ", "\u00a0", "\t", "1,234", "1.234", "999,000", "999.000", "-1,234",
				"-1.234", "2,5", "2.5", "2,48", "2.48", "1,2345", "1.2345", "0,5", "0.5", "1,2340", "1.2340", "abc",
				"1.234,5.6", "1,234.5,6", "1..234", "1,,234", ".5", ",5", "5,", "5.", "+5", "--5", "24 87", "2 4870",
				"1 234,5", "1 234.5", "2 487 ,5", "2\u00a0487.123", "2487đ", "$2,487", "1e6", "١٢", "-", "1.23.456",
				"12,34,567", "1.000.000.000.000", "1,000,000,000,000", "999.999.999.999", "999,999,999,999",
				"0,0000001", "0.0000001", "1,5000005", "1.5000005", "1,5000000", "1.5000000", "0000000000000001",
				"0001.234", "0001,234", "- 5", "5 -", "1\u00a0\u00a0234", "\ufeff780", "780\u200b", "1\u2007234",
				"1\u2009234,5", "1\u2009234.5" }) {
			typed.add(text);
		}
		return typed;
	}

	/**
	 * Whole đồng from a seeded generator: small and large, negatives, ties at the
	 * thousandth of a million (500 đồng), 10^15 đồng and the largest amount a cell takes.
	 */
	private static List<BigInteger> amountsInDong() {
		Random random = new Random(17);
		List<BigInteger> amounts = new ArrayList<>();
		for (String fixed : new String[] { "0", "1", "499", "500", "501", "-499", "-500", "-501", "1234500", "-1234500",
				"2487000000", "780000000", "1000000000000000", "-1000000000000000", "999999999999000000",
				"999999999999999999", "-999999999999999999", "999999999999999500", "1500", "2500", "-2500" }) {
			amounts.add(new BigInteger(fixed));
		}
		for (int i = 0; i < 120; i++) {
			int digits = 1 + random.nextInt(18);
			BigInteger amount = new BigInteger(digits * 4, random).mod(BigInteger.TEN.pow(digits));
			if (random.nextInt(4) == 0) {
				amount = amount.negate();
			}
			if (random.nextInt(3) == 0) {
				amount = amount.divide(BigInteger.valueOf(1000))
					.multiply(BigInteger.valueOf(1000))
					.add(BigInteger.valueOf(500));
			}
			amounts.add(amount);
		}
		return amounts;
	}

	/**
	 * Tables of one to twelve amounts from a seeded generator: whole millions, millions
	 * with 0 to 3 decimals, ties at a precision (1.2345, 1.25 and 1.5 million), any
	 * number of đồng, 10^15 đồng and a little more, a quarter of them negative; and fixed
	 * tables whose precision one amount decides.
	 */
	private static List<List<BigInteger>> tablesOfAmounts() {
		Random random = new Random(19);
		List<List<BigInteger>> tables = new ArrayList<>();
		for (String[] fixed : new String[][] { { "699875000", "2382500000" }, { "780000000", "2487000000" }, { "0" },
				{ "500" }, { "-500", "0" }, { "499", "1000000" }, { "1000000000000000", "-1000000000000000" },
				{ "999999999999999500", "1" }, { "1234500", "1200000" }, { "-1234500", "-1200000" },
				{ "1250000", "2000000" }, { "1999500", "1000000" }, { "-1999500" }, { "50000", "2000000" },
				{ "1000000000000000", "500" } }) {
			tables.add(Arrays.stream(fixed).map(BigInteger::new).toList());
		}
		for (int t = 0; t < 200; t++) {
			List<BigInteger> table = new ArrayList<>();
			int size = 1 + random.nextInt(12);
			for (int i = 0; i < size; i++) {
				table.add(amountOfATable(random));
			}
			tables.add(table);
		}
		return tables;
	}

	private static BigInteger amountOfATable(Random random) {
		BigInteger million = BigInteger.TEN.pow(6);
		BigInteger whole = BigInteger.valueOf(random.nextInt(random.nextBoolean() ? 10_000 : 1_000_000_000))
			.multiply(million);
		BigInteger dong = switch (random.nextInt(6)) {
			case 0, 1 -> {
				BigInteger unit = BigInteger.TEN.pow(6 - random.nextInt(4));
				yield whole.add(BigInteger.valueOf(random.nextInt(1_000_000)).divide(unit).multiply(unit));
			}
			case 2 -> {
				BigInteger half = BigInteger.TEN.pow(3 + random.nextInt(4)).divide(BigInteger.TWO);
				yield whole.add(half.multiply(BigInteger.valueOf(1 + 2L * random.nextInt(5))));
			}
			case 3 -> new BigInteger(60, random);
			case 4 -> BigInteger.TEN.pow(15).add(BigInteger.valueOf(random.nextInt(3) * 500L));
			default -> whole;
		};
		return (random.nextInt(4) == 0) ? dong.negate() : dong;
	}

	/**
	 * Cumulatives and plans: the reference figures, ties of the tenth of a percent (6.25
	 * → 6,3), exactly the plan, above it, negative, no plan at all.
	 */
	private static List<BigInteger[]> cumulativesAndPlans() {
		Random random = new Random(18);
		List<BigInteger[]> pairs = new ArrayList<>();
		long[][] fixed = { { 780, 2487 }, { 38111, 92711 }, { 625, 10000 }, { -625, 10000 }, { 6250, 100000 },
				{ 1, 2000 }, { 1, 3 }, { 2, 3 }, { 2487, 2487 }, { 2488, 2487 }, { 0, 2487 }, { 5, 0 }, { 0, 0 },
				{ 5, -3 }, { -780, 2487 }, { 1_000_000_000_000_000L, 1 }, { 999_999, 1_000_000 },
				{ 999_500, 1_000_000 } };
		for (long[] pair : fixed) {
			pairs.add(new BigInteger[] { BigInteger.valueOf(pair[0]), BigInteger.valueOf(pair[1]) });
		}
		for (int i = 0; i < 150; i++) {
			BigInteger plan = new BigInteger(40, random)
				.subtract(BigInteger.valueOf(random.nextInt(3) == 0 ? 1000 : 0));
			BigInteger cumulative = new BigInteger(41, random);
			if (random.nextInt(5) == 0) {
				cumulative = cumulative.negate();
			}
			if (random.nextInt(4) == 0) {
				// a tie: plan × (k + 0.5) / 1000
				BigInteger k = BigInteger.valueOf(random.nextInt(2000));
				plan = BigInteger.valueOf(2000L * (1 + random.nextInt(5000)));
				cumulative = plan.multiply(k.multiply(BigInteger.TWO).add(BigInteger.ONE))
					.divide(BigInteger.valueOf(2000));
			}
			pairs.add(new BigInteger[] { cumulative, plan });
		}
		return pairs;
	}

}
