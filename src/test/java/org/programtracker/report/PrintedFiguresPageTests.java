package org.programtracker.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

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

@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class PrintedFiguresPageTests {

	private static final String Q2 = "/reports/printed?year=2024&quarter=2&orgUnit=NAM_NHUN";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	@WithUserDetails("admin")
	void shouldShowWhatWasTypedTheWayItIsWrittenInVietnamese() {
		assertThat(this.mvc.get().uri("/reports/printed?year=2024&quarter=1&orgUnit=NAM_NHUN")).hasStatusOk()
			.bodyText()
			.contains("value=\"92.711\"", "value=\"38.111\"", "value=\"39,7\"")
			.contains("<label class=\"visually-hidden\" for=\"rows0.plan\">");
	}

	@Test
	@WithUserDetails("admin")
	void shouldFlagThePrintedSlipOnTheSummary() {
		assertThat(line(Q2, "", "92.711", "38.111", "39,7")).hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/reports/summary?year=2024&quarter=2&orgUnit=NAM_NHUN")).hasStatusOk()
			.bodyText()
			.contains("Đối chiếu số liệu báo cáo đã in", "39,7%", "41,1%", "tỷ lệ in không khớp số liệu");
	}

	@Test
	@WithUserDetails("admin")
	void shouldSayWhatIsWrongInEachCellKeepWhatWasTypedAndSaveNothing() {
		assertThat(line(Q2, "", "1,234", "38.111", "39.7")).hasStatusOk()
			.bodyText()
			.contains("Chưa lưu gì: vui lòng sửa các ô được đánh dấu dưới đây.")
			.contains("id=\"rows0.plan-error\"", "«1,234» chưa rõ nghĩa")
			.contains("id=\"rows0.percent-error\"", "Ghi tỷ lệ đúng như đã in, ví dụ 39,7 hoặc 39,7%.")
			.contains("value=\"1,234\"", "value=\"39.7\"", "value=\"38.111\"");
		assertThat(printedLinesOfTheSecondQuarter()).isZero();
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseANegativePrintedFigure() {
		assertThat(line(Q2, "", "-5", "", "")).hasStatusOk()
			.bodyText()
			.contains("Số liệu in trên báo cáo không thể âm.");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowWhatIsSavedNowAndOverwriteNothingWhenSomeoneSavedFirst() {
		line(Q2, "", "92.711", "38.111", "39,7").exchange();
		this.entityManager.flush();

		assertThat(line(Q2, "", "92.711", "38.111", "41,1")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Người khác đã lưu nội dung này", "Đang lưu: 39,7", "value=\"41,1\"");
		this.entityManager.clear();
		assertThat(this.jdbc.sql("select percent from printed_figure where year = 2024 and quarter = 2")
			.query(String.class)
			.single()).isEqualTo("39.7");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldNotLetTheSteeringCommitteeTypeAPrintedReport() {
		assertThat(this.mvc.get().uri(Q2)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(line(Q2, "", "1", "1", "100")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MockMvcRequestBuilder line(String uri, String version, String plan, String disbursed, String percent) {
		return this.mvc.post()
			.uri(uri)
			.with(csrf())
			.param("source", "Báo cáo số 45/BC-BCĐ")
			.param("rows[0].program", "DTTS")
			.param("rows[0].capitalType", "INVESTMENT")
			.param("rows[0].version", version)
			.param("rows[0].plan", plan)
			.param("rows[0].disbursed", disbursed)
			.param("rows[0].percent", percent);
	}

	private long printedLinesOfTheSecondQuarter() {
		return this.jdbc.sql("select count(*) from printed_figure where year = 2024 and quarter = 2")
			.query(Long.class)
			.single();
	}

}
