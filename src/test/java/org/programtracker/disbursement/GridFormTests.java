package org.programtracker.disbursement;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.programtracker.disbursement.GridPageTests.TypedRow;
import org.programtracker.period.Quarter;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid binds typed amounts: a cell whose text does not read comes back as typed with
 * its translated reason beside it, every other cell keeps what was typed in it, a rule
 * the service refuses lands beside its own cell on the same page, and nothing is saved.
 * The editor's commune, Hua Bum, in the second quarter of 2024 (rows: NTM recurrent 95,
 * GNBV investment 1.250, GNBV recurrent, NTM carried over).
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class GridFormTests {

	private static final String GRID = "/disbursements?orgUnit=HUA_BUM&year=2024&quarter=2";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private GridService grids;

	@Autowired
	private Users users;

	@Autowired
	private JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	@WithUserDetails("editor")
	void shouldShowTheTranslatedReasonBesideTheBadCellKeepEveryCellTypedAndSaveNothing() throws Exception {
		String before = savedEntries();

		Document page = post(GRID + "&lang=en", Locale.ENGLISH, rows -> {
			rows.get(0).setAmount("99.5");
			rows.get(1).setAmount("1,300");
			rows.get(1).setAdvance("2,5");
			rows.get(1).setNote("Advance for the school roof");
		});

		assertThat(page.select(".field-error")).hasSize(1);
		Element cell = cellOf(page, "rows1.advance");
		assertThat(cell.hasClass("has-error")).isTrue();
		assertThat(cell.selectFirst("#rows1\\.advance-error").text())
			.isEqualTo("Decimals follow a point and commas group thousands, e.g. 2.5 or 1,234.5.");
		assertThat(cell.selectFirst("input").attr("aria-invalid")).isEqualTo("true");
		assertThat(cell.selectFirst("input").attr("aria-describedby")).isEqualTo("rows1.advance-error");
		assertThat(value(page, "rows1.advance")).isEqualTo("2,5");
		assertThat(value(page, "rows1.amount")).isEqualTo("1,300");
		assertThat(value(page, "rows1.note")).isEqualTo("Advance for the school roof");
		assertThat(value(page, "rows0.amount")).isEqualTo("99.5");
		assertThat(page.select("input[name='rows[0].amount']").attr("data-cell")).isEqualTo("amount");
		assertThat(page.text()).contains("Nothing was saved: please correct the marked cells below.");
		assertThat(savedEntries()).as("nothing written, not even the rows that read").isEqualTo(before);
	}

	@Test
	@WithUserDetails("editor")
	void shouldShowACellThatDoesNotReadAndARuleTheServiceRefusesOnTheSamePage() throws Exception {
		String before = savedEntries();

		Document page = post(GRID, Locale.forLanguageTag("vi-VN"), rows -> {
			rows.get(0).setAmount("1,234");
			rows.get(1).setAdvance("5.000");
		});

		assertThat(cellOf(page, "rows0.amount").selectFirst("#rows0\\.amount-error").text())
			.startsWith("«1,234» chưa rõ nghĩa");
		assertThat(value(page, "rows0.amount")).isEqualTo("1,234");
		assertThat(cellOf(page, "rows1.advance").selectFirst("#rows1\\.advance-error").text())
			.isEqualTo("Tạm ứng không được lớn hơn số giải ngân trong quý.");
		assertThat(value(page, "rows1.advance")).isEqualTo("5.000");
		assertThat(value(page, "rows1.amount")).isEqualTo("1.250");
		assertThat(page.select(".field-error")).hasSize(2);
		assertThat(savedEntries()).isEqualTo(before);
	}

	private Document post(String uri, Locale locale, Consumer<List<TypedRow>> typing) throws Exception {
		List<TypedRow> rows = TypedRow
			.of(GridForm.of(this.grids.load(this.users.editor(), "HUA_BUM", new Quarter(2024, 2))), locale);
		typing.accept(rows);
		MvcTestResult result = GridPageTests.post(this.mvc, uri, rows).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static Element cellOf(Document page, String id) {
		return page.getElementById(id).closest("td");
	}

	private static String value(Document page, String id) {
		return page.getElementById(id).attr("value");
	}

	private String savedEntries() {
		this.entityManager.flush();
		return this.jdbc.sql("""
				select string_agg(d.plan_line_id || ':' || d.amount_vnd || '/' || d.advance_vnd || '/' || d.version,
				                  ',' order by d.plan_line_id)
				from disbursement d join plan_line l on l.id = d.plan_line_id
				join org_unit u on u.id = l.org_unit_id where u.code = 'HUA_BUM' and d.quarter = 2""")
			.query(String.class)
			.single();
	}

}
