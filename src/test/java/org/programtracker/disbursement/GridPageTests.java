package org.programtracker.disbursement;

import org.programtracker.disbursement.internal.Disbursement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.programtracker.disbursement.GridForm.RowForm;
import org.programtracker.kernel.MillionVnd;
import org.programtracker.kernel.MillionVndFormatterFactory.MillionVndFormatter;
import org.programtracker.period.PeriodService;
import org.programtracker.period.Quarter;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The quarterly disbursement grid of the editor's commune, Hua Bum, in the second quarter
 * of 2024: its rows are NTM recurrent, GNBV investment, GNBV recurrent and NTM carried
 * over from 2023.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class GridPageTests {

	private static final String GRID = "/disbursements?orgUnit=HUA_BUM&year=2024&quarter=2";

	private static final Locale VI = Locale.forLanguageTag("vi-VN");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private GridService grids;

	@Autowired
	private DisbursementService disbursements;

	@Autowired
	private PeriodService periods;

	@Autowired
	private Users users;

	@Autowired
	private JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	@WithUserDetails("editor")
	void shouldShowEachPlanLineWithPlanEarlierQuartersCumulativeAndPercentInVietnamese() {
		assertThat(this.mvc.get().uri(GRID)).hasStatusOk()
			.bodyText()
			.contains("Giải ngân quý 2 năm 2024: Xã Hua Bum", "Kế hoạch vốn tính đến ngày 30/06/2024")
			.contains("4.210", "1.410", "value=\"1.250\"", "2.660", "63,2%")
			.contains("Cộng GNBV", "Cộng NTM (vốn kéo dài)", "vốn năm 2023", "Tổng cộng", "5.130", "58,3%")
			.contains("<label class=\"visually-hidden\" for=\"rows1.amount\">", "src=\"/js/grid.js\"")
			.doesNotContain("<script>");
	}

	@Test
	@WithUserDetails("editor")
	void shouldShowEveryAmountOfTheGridWithTheDecimalsTheMostPreciseOfThemNeeds() throws Exception {
		assertThat(post(GRID, rows -> rows.get(0).setAmount("95,25"))).hasStatus(HttpStatus.FOUND);

		Document page = Jsoup.parse(this.mvc.get().uri(GRID).exchange().getResponse().getContentAsString());
		List<String> amounts = page.select("table.grid td.num:not(.pct):not(.cell)").eachText();
		assertThat(amounts).hasSizeGreaterThan(30).allMatch(amount -> amount.matches("-?\\d{1,3}(\\.\\d{3})*,\\d{2}"));
		assertThat(page.select("tr[data-total=all] td.num").eachText()).containsExactly("5.130,00", "1.450,00",
				"1.540,25", "0,00", "0,00", "2.990,25", "58,3%");
		assertThat(page.select("tr.line-row").first().select("td.num:not(.cell)").eachText()).containsExactly("215,00",
				"0,00", "95,25", "44,3%");
	}

	@Test
	@WithUserDetails("editor")
	void shouldWriteAmountsTheEnglishWayInEnglish() {
		assertThat(this.mvc.get().uri(GRID + "&lang=en")).hasStatusOk()
			.bodyText()
			.contains("value=\"1,250\"", "4,210", "63.2%", "Disbursements, quarter 2 of 2024");
	}

	@Test
	@WithUserDetails("editor")
	void shouldSaveTheWholeGridInOneGoAuditingEachChangedEntry() {
		long auditBefore = auditRows();

		assertThat(post(GRID, rows -> {
			rows.get(0).setAmount("100,5");
			rows.get(1).setAmount("1.300");
			rows.get(1).setAdvance("200");
			rows.get(2).setAmount("150");
		})).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(GRID);

		assertThat(entry(0).getAmountVnd()).isEqualByComparingTo("100500000");
		assertThat(entry(1).getAmountVnd()).isEqualByComparingTo("1300000000");
		assertThat(entry(1).getAdvanceVnd()).isEqualByComparingTo("200000000");
		assertThat(auditRows() - auditBefore).as("the untouched rows are not written").isEqualTo(2);
		assertThat(this.jdbc.sql("""
				select concat_ws('; ', old_value -> 'amountVnd', old_value -> 'advanceVnd',
				old_value -> 'advanceRecoveredVnd') || ' -> ' || concat_ws('; ', new_value -> 'amountVnd',
				new_value -> 'advanceVnd', new_value -> 'advanceRecoveredVnd') from audit_entry
				where subject = 'DISBURSEMENT' and username = 'editor' order by id desc limit 1""")
			.query(String.class)
			.single()).isEqualTo("1250000000; 0; 0 -> 1300000000; 200000000; 0");
	}

	@Test
	@WithUserDetails("editor")
	void shouldReadAmountsTheEnglishWayWhenWorkingInEnglish() {
		assertThat(post(GRID + "&lang=en", rows -> rows.get(1).setAmount("1,300.25"))).hasStatus(HttpStatus.FOUND);

		assertThat(entry(1).getAmountVnd()).isEqualByComparingTo("1300250000");
	}

	@ParameterizedTest(name = "{0}={1} -> {3}")
	@CsvSource(delimiter = '|', textBlock = """
			amount    | abc            |      | Số tiền không đúng định dạng.
			amount    | 2.5            |      | Phần thập phân ngăn bằng dấu phẩy
			amount    | 1,234          |      | «1,234» chưa rõ nghĩa
			amount    | 0,0000001      |      | có tối đa 6 chữ số thập phân
			amount    | 1234567890123  |      | Số tiền quá lớn.
			amount    | ''             |      | Vui lòng nhập mục này.
			advance   | -5             |      | Tạm ứng và thu hồi tạm ứng không được âm.
			recovered | -5             |      | Tạm ứng và thu hồi tạm ứng không được âm.
			advance   | 5.000          |      | Tạm ứng không được lớn hơn số giải ngân trong quý.
			amount    | 9.000          | note | Lũy kế giải ngân vượt kế hoạch vốn: ghi chú lý do để xác nhận.
			amount    | -50            | note | Số giải ngân âm là điều chỉnh giảm: ghi chú lý do để xác nhận.
			""")
	@WithUserDetails("editor")
	void shouldSayWhatIsWrongNextToTheCellKeepEverythingTypedAndSaveNothing(String column, String typed, String shownAt,
			String message) {
		long auditBefore = auditRows();
		String cell = (shownAt == null) ? column : shownAt;

		assertThat(post(GRID, rows -> {
			rows.get(0).setAmount("99");
			set(rows.get(1), column, typed);
		})).hasStatusOk()
			.bodyText()
			.contains("Chưa lưu gì: vui lòng sửa các ô được đánh dấu dưới đây.")
			.contains("id=\"rows1." + cell + "-error\"", message)
			.contains("value=\"99\"", "value=\"" + typed + "\"");
		assertThat(auditRows()).as("nothing written, not even the valid row").isEqualTo(auditBefore);
		assertThat(entry(0).getAmountVnd()).isEqualByComparingTo("95000000");
	}

	@Test
	@WithUserDetails("editor")
	void shouldAcceptAWarningConfirmedWithANote() {
		assertThat(post(GRID, rows -> {
			rows.get(1).setAmount("-50");
			rows.get(1).setNote("Hoàn trả khối lượng quý 1 nghiệm thu sai");
		})).hasStatus(HttpStatus.FOUND);

		assertThat(entry(1).getAmountVnd()).isEqualByComparingTo("-50000000");
		assertThat(entry(1).getNote()).isEqualTo("Hoàn trả khối lượng quý 1 nghiệm thu sai");
	}

	@Test
	@WithUserDetails("editor")
	void shouldShowTheSavedFiguresBesideTheUsersAndOverwriteNothingWhenSomeoneSavedFirst() {
		List<TypedRow> shown = form(GRID);
		this.disbursements.set(this.users.admin(), lineId(1), 2,
				new EntryCommand(new BigDecimal("1260000000"), null, null, null, null));
		this.entityManager.flush();
		shown.get(1).setAmount("1.275");

		assertThat(post(GRID, shown)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Người khác đã lưu nội dung này", "Đang lưu: 1.260", "value=\"1.275\"", "Lưu bản của tôi",
					"Giữ bản đang lưu");
		assertThat(entry(1).getAmountVnd()).isEqualByComparingTo("1260000000");

		shown.get(1).setVersion(entry(1).getVersion());
		shown.get(1).setShownAmountVnd(new BigDecimal("1260000000"));
		assertThat(post(GRID, shown)).as("keeping mine after seeing theirs").hasStatus(HttpStatus.FOUND);
		assertThat(entry(1).getAmountVnd()).isEqualByComparingTo("1275000000");
	}

	@Test
	@WithUserDetails("editor")
	void shouldNotCallARowTheUserLeftAloneAConflict() {
		List<TypedRow> shown = form(GRID);
		this.disbursements.set(this.users.admin(), lineId(2), 2,
				new EntryCommand(new BigDecimal("160000000"), null, null, null, null));
		this.entityManager.flush();
		shown.get(0).setAmount("96");

		assertThat(post(GRID, shown)).hasStatus(HttpStatus.FOUND);
		assertThat(entry(2).getAmountVnd()).as("the other's save stands").isEqualByComparingTo("160000000");
	}

	@Test
	@WithUserDetails("editor")
	void shouldShowAClosedQuarterReadOnlyAndRefuseItsWrites() {
		List<TypedRow> shown = form(GRID);
		this.periods.close(this.users.admin(), new Quarter(2024, 2));
		long auditBefore = auditRows();
		shown.get(0).setAmount("99");

		assertThat(this.mvc.get().uri(GRID)).hasStatusOk()
			.bodyText()
			.contains("Quý 2 năm 2024 đã khóa sổ: không thể thay đổi số liệu của quý này.")
			.doesNotContain("name=\"rows[0].amount\"", "Lưu bảng giải ngân");
		assertThat(post(GRID, shown)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Quý 2 năm 2024 đã khóa sổ: không thể thay đổi số liệu của quý này.");
		assertThat(auditRows()).isEqualTo(auditBefore);
	}

	@Test
	@WithUserDetails("editor")
	void shouldHideAnotherCommunesGridFromAnEditor() {
		assertThat(this.mvc.get().uri("/disbursements?orgUnit=NAM_HANG&year=2024&quarter=2"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post("/disbursements?orgUnit=NAM_HANG&year=2024&quarter=2", rows -> {
		})).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithUserDetails("editor")
	void shouldWriteNothingWhenAnEditorSwapsInTheIdOfAnotherCommunesLine() {
		long otherLine = this.jdbc.sql("""
				select l.id from plan_line l join org_unit u on u.id = l.org_unit_id
				where u.code = 'NAM_HANG' and l.plan_year = 2024 order by l.id limit 1""").query(Long.class).single();
		long auditBefore = auditRows();

		assertThat(post(GRID, rows -> {
			rows.get(0).setAmount("99");
			rows.get(1).setLineId(otherLine);
			rows.get(1).setAmount("1");
		})).hasStatus(HttpStatus.NOT_FOUND).bodyText().doesNotContain("Exception");
		assertThat(auditRows()).isEqualTo(auditBefore);
		assertThat(entry(0).getAmountVnd()).isEqualByComparingTo("95000000");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldLetTheSteeringCommitteeReadButNotSave() {
		assertThat(this.mvc.get().uri(GRID)).hasStatusOk()
			.bodyText()
			.contains("Bạn chỉ được xem bảng này")
			.doesNotContain("name=\"rows[0].amount\"");
		assertThat(this.mvc.post().uri(GRID).with(csrf()).param("rows[0].lineId", String.valueOf(lineId(0))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private List<TypedRow> form(String uri) {
		Grid grid = this.grids.load(this.users.editor(), "HUA_BUM", new Quarter(2024, 2));
		return TypedRow.of(GridForm.of(grid), uri.contains("lang=en") ? Locale.ENGLISH : VI);
	}

	private MockMvcRequestBuilder post(String uri, Consumer<List<TypedRow>> typing) {
		List<TypedRow> rows = form(uri);
		typing.accept(rows);
		return post(uri, rows);
	}

	static MockMvcRequestBuilder post(MockMvcTester mvc, String uri, List<TypedRow> rows) {
		MockMvcRequestBuilder request = mvc.post().uri(uri).with(csrf());
		for (int i = 0; i < rows.size(); i++) {
			TypedRow row = rows.get(i);
			String prefix = "rows[" + i + "].";
			request.param(prefix + "lineId", String.valueOf(row.getLineId()))
				.param(prefix + "version", String.valueOf(row.getVersion()))
				.param(prefix + "amount", nullToEmpty(row.getAmount()))
				.param(prefix + "advance", nullToEmpty(row.getAdvance()))
				.param(prefix + "recovered", nullToEmpty(row.getRecovered()))
				.param(prefix + "note", nullToEmpty(row.getNote()))
				.param(prefix + "shownAmountVnd", plain(row.getShownAmountVnd()))
				.param(prefix + "shownAdvanceVnd", plain(row.getShownAdvanceVnd()))
				.param(prefix + "shownRecoveredVnd", plain(row.getShownRecoveredVnd()))
				.param(prefix + "shownNote", nullToEmpty(row.getShownNote()));
		}
		return request;
	}

	private MockMvcRequestBuilder post(String uri, List<TypedRow> rows) {
		return post(this.mvc, uri, rows);
	}

	private static void set(TypedRow row, String column, String typed) {
		switch (column) {
			case "amount" -> row.setAmount(typed);
			case "advance" -> row.setAdvance(typed);
			case "recovered" -> row.setRecovered(typed);
			default -> throw new IllegalArgumentException(column);
		}
	}

	private long lineId(int row) {
		return form(GRID).get(row).getLineId();
	}

	private Disbursement entry(int row) {
		this.entityManager.flush();
		this.entityManager.clear();
		return this.entityManager
			.createQuery("select d from Disbursement d where d.planLineId = :line and d.quarter = 2",
					Disbursement.class)
			.setParameter("line", lineId(row))
			.getSingleResult();
	}

	private long auditRows() {
		this.entityManager.flush();
		return this.jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}

	private static String nullToEmpty(String text) {
		return (text == null) ? "" : text;
	}

	private static String plain(BigDecimal amount) {
		return (amount == null) ? "" : amount.toPlainString();
	}

	/**
	 * A row of the grid as the page shows it, and a user types over it: the amount cells
	 * as text, printed by the cells' own formatter (an advance or recovery of zero shows
	 * blank).
	 */
	static final class TypedRow {

		private final RowForm row;

		private String amount;

		private String advance;

		private String recovered;

		private TypedRow(RowForm row, Locale locale) {
			this.row = row;
			this.amount = shown(row.getAmount(), "amount", locale);
			this.advance = shown(row.getAdvance(), "advance", locale);
			this.recovered = shown(row.getRecovered(), "recovered", locale);
		}

		static List<TypedRow> of(GridForm form, Locale locale) {
			return form.getRows().stream().map(row -> new TypedRow(row, locale)).toList();
		}

		private static String shown(BigDecimal vnd, String cell, Locale locale) {
			if (vnd == null) {
				return "";
			}
			try {
				MillionVnd format = RowForm.class.getDeclaredField(cell).getAnnotation(MillionVnd.class);
				return new MillionVndFormatter(format.zeroAsBlank()).print(vnd, locale);
			}
			catch (NoSuchFieldException ex) {
				throw new IllegalArgumentException(cell, ex);
			}
		}

		Long getLineId() {
			return this.row.getLineId();
		}

		void setLineId(Long lineId) {
			this.row.setLineId(lineId);
		}

		long getVersion() {
			return this.row.getVersion();
		}

		void setVersion(long version) {
			this.row.setVersion(version);
		}

		String getAmount() {
			return this.amount;
		}

		void setAmount(String amount) {
			this.amount = amount;
		}

		String getAdvance() {
			return this.advance;
		}

		void setAdvance(String advance) {
			this.advance = advance;
		}

		String getRecovered() {
			return this.recovered;
		}

		void setRecovered(String recovered) {
			this.recovered = recovered;
		}

		String getNote() {
			return this.row.getNote();
		}

		void setNote(String note) {
			this.row.setNote(note);
		}

		BigDecimal getShownAmountVnd() {
			return this.row.getShownAmountVnd();
		}

		void setShownAmountVnd(BigDecimal shownAmountVnd) {
			this.row.setShownAmountVnd(shownAmountVnd);
		}

		BigDecimal getShownAdvanceVnd() {
			return this.row.getShownAdvanceVnd();
		}

		BigDecimal getShownRecoveredVnd() {
			return this.row.getShownRecoveredVnd();
		}

		String getShownNote() {
			return this.row.getShownNote();
		}

	}

}
