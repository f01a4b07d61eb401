package org.programtracker.report;

import java.util.Locale;

import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.period.Quarter;
import org.programtracker.progress.Figures;
import org.programtracker.progress.ProgressRow;
import org.programtracker.kernel.Formats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a progress line as the sentence a report prints, in the page's language: «Kế
 * hoạch vốn đầu tư phát triển 2.487 triệu đồng, giải ngân 780 triệu đồng, đạt 31,4% kế
 * hoạch», «Vốn sự nghiệp: chưa giao vốn»; once capital is assigned, naming both bases as
 * published reports do: «… đạt 31,4% kế hoạch phân bổ chi tiết và 26,0% kế hoạch được
 * giao». The figures come formatted from {@link Formats}; the wording, one per status,
 * from the message bundles.
 */
@Component
class SummarySentences {

	private final MessageSource messages;

	private final Formats formats;

	SummarySentences(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	String sentence(ProgressRow row, boolean carriedOver, Locale locale) {
		PercentOfPlan percent = row.percentOfPlan();
		String type = (carriedOver ? "carried." : "") + row.capitalType().name();
		String subject = this.messages.getMessage("summary.subject." + type, null, locale);
		String label = this.messages.getMessage("summary.label." + type, null, locale);
		Figures figures = row.figures();
		Object[] arguments = { subject, this.formats.millions(figures.planVnd()),
				this.formats.millions(figures.disbursedVnd()), this.formats.percentNumber(percent), label,
				this.formats.millions(figures.assignedVnd()), this.formats.percentNumber(figures.percentOfAssigned()) };
		String key = (figures.assignedVnd().signum() == 0) ? "summary.sentence." + percent.status().name()
				: "summary.sentence.assigned." + percent.status().name();
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * «Cùng kỳ năm 2023 (hết quý 1/2023), vốn năm giải ngân 1.020 triệu đồng, đạt 25,5%
	 * kế hoạch; năm nay đạt 31,4% (780 triệu đồng).»
	 */
	String yearOnYear(Quarter lastYear, Figures then, Quarter quarter, Figures now, Locale locale) {
		Object[] arguments = { lastYear.year(), lastYear.quarter(), this.formats.millions(then.disbursedVnd()),
				this.formats.percentNumber(then.percentOfPlan()), this.formats.millions(now.disbursedVnd()),
				this.formats.percentNumber(now.percentOfPlan()), quarter.year() };
		String key = (now.percentOfPlan().value() == null) ? "summary.yearOnYear.notAllocated" : "summary.yearOnYear";
		return this.messages.getMessage(key, arguments, locale);
	}

}
