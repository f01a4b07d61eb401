package org.programtracker.report;

import org.programtracker.progress.PageChoices;
import org.programtracker.period.WorkingPeriod;
import java.util.Locale;

import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quarterly summary of an org unit as a page (with an A4 print stylesheet), a PDF and
 * a spreadsheet: three renderings of one {@link QuarterlySummary}.
 */
@Controller
class SummaryController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PageChoices choices;

	private final QuarterlySummaryService summaries;

	private final SummaryPdf pdf;

	private final SummaryXlsx xlsx;

	private final WorkingPeriod workingPeriod;

	SummaryController(PageChoices choices, QuarterlySummaryService summaries, SummaryPdf pdf, SummaryXlsx xlsx,
			WorkingPeriod workingPeriod) {
		this.choices = choices;
		this.workingPeriod = workingPeriod;
		this.summaries = summaries;
		this.pdf = pdf;
		this.xlsx = xlsx;
	}

	@GetMapping("/reports/summary")
	String summary(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, @RequestParam(required = false) String orgUnit,
			Locale locale, Model model) {
		QuarterlySummary summary = this.summaries.summary(user, orgUnit, chosen(year, quarter), locale);
		model.addAttribute("summary", summary);
		this.choices.offerYearsAndUnits(model, user, summary.quarter().year());
		model.addAttribute("canWrite", Permissions.mayWriteReview(user));
		return "report/summary";
	}

	@GetMapping("/reports/summary.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam int year,
			@RequestParam int quarter, @RequestParam(required = false) String orgUnit, Locale locale) {
		QuarterlySummary summary = this.summaries.summary(user, orgUnit,
				new Quarter(year, quarter).requireQuarterOfYear(), locale);
		return download(this.pdf.render(summary, locale), MediaType.APPLICATION_PDF, fileName(summary, "pdf"), true);
	}

	@GetMapping("/reports/summary.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam int year,
			@RequestParam int quarter, @RequestParam(required = false) String orgUnit, Locale locale) {
		QuarterlySummary summary = this.summaries.summary(user, orgUnit,
				new Quarter(year, quarter).requireQuarterOfYear(), locale);
		return download(this.xlsx.render(summary, locale), XLSX, fileName(summary, "xlsx"), false);
	}

	private Quarter chosen(Integer year, Integer quarter) {
		return this.workingPeriod.choose(year, quarter).requireQuarterOfYear();
	}

	private static String fileName(QuarterlySummary summary, String extension) {
		return "summary-" + summary.progress().orgUnitCode() + "-" + summary.quarter().year() + "-q"
				+ summary.quarter().quarter() + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName, boolean inline) {
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(fileName)
			.build();
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

}
