package org.programtracker.progress;

import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@AutoConfigureMockMvc
class ProgressPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	@WithUserDetails("viewer")
	void shouldShowTheSeedLinesFormattedTheVietnameseWay() {
		assertThat(this.mvc.get().uri("/progress?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.contains("lang=\"vi\"", "Tiến độ giải ngân quý 1 năm 2024", "31/03/2024")
			.contains(">2.487<", ">780<", ">31,4%<")
			.contains(">1.282<", "chưa giải ngân", ">0,0%<")
			.contains(">49.416<", ">13.704<", ">27,7%<")
			.contains(">92.711<", ">38.111<", ">41,1%<")
			.contains("chưa giao vốn", "Vốn đầu tư phát triển", "Vốn sự nghiệp")
			.contains("Vốn năm trước kéo dài sang năm 2024", ">2.350<", ">79,6%<")
			.doesNotContain("39,7%");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldShowTheSamePageInEnglishWhenAsked() {
		MvcTestResult result = this.mvc.get().uri("/progress?year=2024&quarter=1&lang=en").exchange();

		assertThat(result).cookies().hasValue("lang", "en");
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("lang=\"en\"", "Disbursement progress, quarter 1 of 2024")
			.contains(">2,487<", ">31.4%<", ">49,416<", "not allocated", "not started");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldShowTheAssignedBaseBesideTheDetailedPlan() {
		assertThat(this.mvc.get().uri("/progress?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.contains("Vốn được giao", "Chưa phân bổ chi tiết", "% vốn được giao");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldShowOnlyTheChosenBudget() {
		assertThat(this.mvc.get().uri("/progress?year=2024&quarter=1&fundingSource=LOCAL")).hasStatusOk()
			.bodyText()
			.contains("Nguồn vốn: Ngân sách địa phương", "selected=\"selected\">Ngân sách địa phương</option>")
			.doesNotContain(">2.487<");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldShowTheDistrictTotalComputedFromSummedAmounts() {
		// (780 + 0 + 13,704 + 38,111) / (2,487 + 1,282 + 49,416 + 92,711) = 36.0%
		assertThat(this.mvc.get().uri("/progress?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.contains(">145.896<", ">52.595<", ">36,0%<");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldDrillFromAProgramIntoItsProjects() {
		assertThat(this.mvc.get().uri("/progress/programs/DTTS?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.contains("Đầu tư cơ sở hạ tầng thiết yếu", ">DA4<")
			// DA4 holds DA4.1: 41,250 + 5,120 + 4,870 + 4,615 + 3,980 + 4,236 + 3,890
			.contains(">67.961<")
			.contains(">92.711<", ">41,1%<");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldOpenOnTheLatestQuarterWithFigures() {
		assertThat(this.mvc.get().uri("/progress")).hasStatusOk()
			.bodyText()
			.contains("Tiến độ giải ngân quý 3 năm 2024");
	}

	@Test
	@WithUserDetails("editor")
	void shouldShowAFriendlyNotFoundPageForAUnitOutsideTheEditorsScope() {
		assertThat(this.mvc.get().uri("/progress?year=2024&quarter=1&orgUnit=NAM_HANG")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Không tìm thấy nội dung này")
			.doesNotContain("Xã Nậm Hàng", "Exception");
	}

	@Test
	@WithUserDetails("editor")
	void shouldOfferAnEditorOnlyTheirOwnCommune() {
		assertThat(this.mvc.get().uri("/progress?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.contains("Xã Hua Bum")
			.doesNotContain("Xã Nậm Hàng", "Huyện Nậm Nhùn");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldShowABadRequestPageForAQuarterOutOfRange() {
		assertThat(this.mvc.get().uri("/progress?year=2024&quarter=9")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Yêu cầu không hợp lệ")
			.doesNotContain("Exception");
	}

	@Test
	void shouldSendAnAnonymousVisitorToSignIn() {
		assertThat(this.mvc.get().uri("/progress")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@Test
	void shouldListTheDemoAccountsOnTheLoginPageInDemoMode() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk()
			.bodyText()
			.contains("DEMO", "Chế độ trình diễn", ">admin<", ">editor<", ">viewer<", "name=\"_csrf\"");
	}

}
