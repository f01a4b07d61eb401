package org.programtracker.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.SettableClock;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The plan year's deadline on the administrator's page of the year's quarters: what it is
 * and why, and the form that sets it by a decision.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SettableClock.Configuration.class)
@Transactional
class PlanYearPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PlanYearService planYears;

	@Autowired
	private Users users;

	@Test
	@WithUserDetails("admin")
	void shouldShowTheStatutoryDeadlineAndTheExtensionPeriodNextToTheQuarters() {
		assertThat(this.mvc.get().uri("/periods?year=2024")).hasStatusOk()
			.bodyText()
			.contains("Các quý báo cáo năm 2024", "Thời hạn giải ngân vốn năm 2024",
					"Thời hạn giải ngân: ngày 31/01/2025, theo Luật Đầu tư công.",
					"Thời gian kéo dài năm 2024: từ ngày 01/01/2025 đến ngày 31/01/2025.", "Đã kết thúc",
					"Từ ngày 31/01/2025 đến ngày 31/12/2025; quyết định chỉ có thể kéo dài thời hạn.",
					"value=\"31/01/2025\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldSetTheDeadlineByADecisionAndShowIt() {
		assertThat(setDeadline("2026-06-30", "412/QĐ-UBND", "20/01/2026", -1)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/periods?year=2025");

		assertThat(this.planYears.deadline(2025)).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(this.mvc.get().uri("/periods?year=2025")).hasStatusOk()
			.bodyText()
			.contains("Thời hạn giải ngân: ngày 30/06/2026, theo Quyết định số 412/QĐ-UBND ngày 20/01/2026.",
					"Thời gian kéo dài năm 2025: từ ngày 01/01/2026 đến ngày 30/06/2026.");
	}

	@Test
	@WithUserDetails("admin")
	void shouldSayWhatIsWrongNextToEachFieldAndKeepWhatWasTyped() {
		assertThat(setDeadline("2027-01-05", " ", "", -1)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Chưa lưu gì: vui lòng sửa các mục được đánh dấu dưới đây.", "id=\"deadline-error\"",
					"Thời hạn giải ngân vốn năm 2025 được kéo dài muộn nhất đến ngày 31/12/2026.",
					"id=\"decisionNumber-error\"", "Vui lòng nhập mục này.", "value=\"05/01/2027\"");
		assertThat(setDeadline("2026-01-15", "412/QĐ-UBND", "", -1)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Thời hạn giải ngân vốn năm 2025 không được sớm hơn ngày 31/01/2026")
			.contains("value=\"412/QĐ-UBND\"");
		assertThat(setDeadline("31/02/2026", "412/QĐ-UBND", "", -1)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("«31/02/2026» không phải là ngày: tháng 2 năm 2026 chỉ có 28 ngày.", "value=\"31/02/2026\"");
		assertThat(this.planYears.deadline(2025)).isEqualTo(LocalDate.of(2026, 1, 31));
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowTheDeadlineSavedMeanwhileAndOverwriteNothing() {
		this.planYears.setDeadline(this.users.admin(), 2025,
				new DeadlineDecision(LocalDate.of(2026, 3, 31), "300/QĐ-UBND", null, null));

		assertThat(setDeadline("2026-06-30", "412/QĐ-UBND", "", -1)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Thời hạn đang lưu là ngày 31/03/2026 (Quyết định số 300/QĐ-UBND).", "value=\"30/06/2026\"");
		assertThat(this.planYears.deadline(2025)).isEqualTo(LocalDate.of(2026, 3, 31));
	}

	@Test
	@WithUserDetails("admin")
	void shouldSpeakEnglishInEnglish() {
		assertThat(this.mvc.get().uri("/periods?year=2024&lang=en")).hasStatusOk()
			.bodyText()
			.contains("Disbursement deadline of plan year 2024",
					"Disbursement deadline: 31/01/2025, by the Public Investment Law.",
					"2024 extension period: from 01/01/2025 to 31/01/2025.");
	}

	@Test
	@WithUserDetails("editor")
	void shouldLeaveDeadlinesToAdministrators() {
		assertThat(setDeadline("2026-06-30", "412/QĐ-UBND", "", -1)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.planYears.deadline(2025)).isEqualTo(LocalDate.of(2026, 1, 31));
	}

	private MockMvcRequestBuilder setDeadline(String deadline, String number, String date, long version) {
		return this.mvc.post()
			.uri("/periods/2025/deadline")
			.with(csrf())
			.param("deadline", deadline)
			.param("decisionNumber", number)
			.param("decisionDate", date)
			.param("version", String.valueOf(version));
	}

}
