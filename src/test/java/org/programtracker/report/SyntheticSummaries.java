package org.programtracker.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.directive.DirectiveStatus;
import org.programtracker.directive.DirectiveView;
import org.programtracker.kernel.LocalizedName;
import org.programtracker.narrative.ProgramNarrative;
import org.programtracker.narrative.ProgramNarrative.Paragraph;
import org.programtracker.period.Quarter;
import org.programtracker.progress.Figures;
import org.programtracker.progress.ProgressReport;
import org.programtracker.progress.ProgressReport.Level;
import org.programtracker.progress.ProgressRow;
import org.programtracker.report.QuarterlySummary.Header;
import org.programtracker.report.QuarterlySummary.ProgramSection;
import org.programtracker.report.QuarterlySummary.SourceSplit;

/**
 * Summaries no demo unit has, to print what the demo does not reach: the largest amounts
 * a report may carry, and so many programs that every table runs over several pages.
 */
final class SyntheticSummaries {

	/**
	 * A thousand billion million đồng less a thousand, 999.999.999,999 million: the
	 * longest amount the printed report must set without its digits touching another
	 * cell's (amounts are printed to a thousand đồng).
	 */
	static final BigDecimal LARGEST_VND = new BigDecimal("999999999999000");

	static final Header HEADER = new Header("ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM",
			"BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA", "BC-BCĐ", "Thành phố Thử Nghiệm",
			"KT. TRƯỞNG BAN|PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Nguyễn Văn Thử",
			"- Văn phòng Chính phủ;|- Các bộ: Nông nghiệp và Môi trường, Dân tộc và Tôn giáo, Tài chính;|"
					+ "- Thường trực Tỉnh ủy, HĐND tỉnh;|- Các thành viên Ban Chỉ đạo;|- Lưu: VT, KT.");

	/**
	 * A paragraph of difficulties long enough to run over lines, so that pages full of
	 * them break between lines anywhere.
	 */
	private static final String DIFFICULTY = "Các tiêu chí của giai đoạn mới cao hơn giai đoạn trước; hướng dẫn về định "
			+ "mức hỗ trợ ban hành chậm, nên các xã chưa triển khai được các dự án hỗ trợ phát triển sản xuất đã giao "
			+ "vốn từ đầu năm. Việc xác định hộ thiếu đất sản xuất còn vướng vì chưa có định mức tối thiểu.";

	private SyntheticSummaries() {
	}

	/**
	 * The longest amounts in every column: 999.999.999,999 million assigned, allocated in
	 * detail and disbursed, -999.999.999,998 not yet allocated in detail, on lines of two
	 * programs whose totals stay within a thousand billion million; with the assigned
	 * base or without it, and from both budgets.
	 */
	static QuarterlySummary largestAmounts(boolean assignedBase) {
		BigDecimal assigned = assignedBase ? LARGEST_VND : BigDecimal.ZERO;
		List<ProgressRow> rows = List.of(
				row(1, CapitalType.INVESTMENT, new Figures(BigDecimal.ZERO, BigDecimal.ZERO, assigned)),
				row(1, CapitalType.RECURRENT, new Figures(LARGEST_VND, BigDecimal.ZERO, BigDecimal.ZERO)),
				row(2, CapitalType.INVESTMENT, new Figures(BigDecimal.ZERO, LARGEST_VND, BigDecimal.ZERO)),
				row(2, CapitalType.RECURRENT,
						new Figures(new BigDecimal("123456789000"), new BigDecimal("98765432000"), BigDecimal.ZERO)));
		return summary(rows, 2, 1);
	}

	/**
	 * So many programs, each with a long name, a narrative and directives, that every
	 * part runs over pages.
	 */
	static QuarterlySummary manyPrograms(int programs, int directives) {
		List<ProgressRow> rows = new ArrayList<>();
		for (int p = 1; p <= programs; p++) {
			rows.add(row(p, CapitalType.INVESTMENT, new Figures(new BigDecimal(p * 1_234_567_000_000L),
					new BigDecimal(p * 456_789_000_000L), new BigDecimal(p * 1_300_000_000_000L))));
			rows.add(row(p, CapitalType.RECURRENT,
					new Figures(new BigDecimal(p * 98_765_000_000L), BigDecimal.ZERO, BigDecimal.ZERO)));
		}
		return summary(rows, programs, directives);
	}

	/**
	 * Amounts that need three decimals, two, one and none, and 10^15 đồng: 2.382,5
	 * million planned and 699,875 disbursed on the first line, 780 planned on the second,
	 * a thousand million million planned and 1.250 disbursed on the third, 2.487 and 780
	 * on the fourth; the first two lines of program 1, the others of program 2.
	 */
	static QuarterlySummary mixedPrecision() {
		List<ProgressRow> rows = List.of(
				row(1, CapitalType.INVESTMENT,
						new Figures(new BigDecimal("2382500000"), new BigDecimal("699875000"), BigDecimal.ZERO)),
				row(1, CapitalType.RECURRENT,
						new Figures(new BigDecimal("780000000"), BigDecimal.ZERO, BigDecimal.ZERO)),
				row(2, CapitalType.INVESTMENT,
						new Figures(new BigDecimal("1000000000000000"), new BigDecimal("1250000000"), BigDecimal.ZERO)),
				row(2, CapitalType.RECURRENT,
						new Figures(new BigDecimal("2487000000"), new BigDecimal("780000000"), BigDecimal.ZERO)));
		return summary(rows, 2, 1);
	}

	static String programName(int number) {
		return "Chương trình thử nghiệm số " + number
				+ " về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số";
	}

	private static ProgressRow row(int program, CapitalType type, Figures figures) {
		return new ProgressRow("P" + program,
				new LocalizedName(programName(program),
						"Test program " + number(program) + " on socio-economic development of ethnic-minority areas"),
				type, figures);
	}

	private static String number(int program) {
		return Integer.toString(program);
	}

	private static QuarterlySummary summary(List<ProgressRow> rows, int programs, int directiveCount) {
		Quarter quarter = new Quarter(2030, 4);
		ProgressReport report = new ProgressReport(quarter, quarter.endDate(), "TINH", "Tỉnh Thử Nghiệm",
				Level.PROGRAMS, rows, List.of());
		List<ProgramSection> sections = new ArrayList<>();
		for (int p = 1; p <= programs; p++) {
			ProgressRow first = rows.get((p - 1) * 2);
			sections.add(new ProgramSection(QuarterlySummary.roman(p + 1), first.code(), first.name(),
					List.of("Kế hoạch vốn đầu tư phát triển được giao nhiều tỷ đồng; giải ngân một phần kế hoạch",
							"Vốn sự nghiệp: chưa giải ngân"),
					new ProgramNarrative(first.code(), first.name(),
							List.of(paragraph(p, DIFFICULTY), paragraph(p, DIFFICULTY + " " + DIFFICULTY),
									paragraph(p, DIFFICULTY)),
							List.of(paragraph(p,
									"- Tập trung giải ngân vốn đã giao;\n- Rà soát, điều chỉnh kế hoạch vốn "
											+ "của các dự án không có khả năng giải ngân;\n- Kiểm tra, giám sát việc thực hiện tại cơ sở.")))));
		}
		List<DirectiveView> directives = new ArrayList<>();
		for (int d = 1; d <= directiveCount; d++) {
			directives.add(new DirectiveView(d, quarter,
					"Các chủ đầu tư đôn đốc nhà thầu đẩy nhanh tiến độ, nghiệm thu khối lượng hoàn thành và thanh toán, "
							+ "giải ngân hoặc thu hồi tạm ứng trong tháng " + d + ".",
					List.of(), List.of(), List.of("Xã Thử Nghiệm Một", "Xã Thử Nghiệm Hai"), "Các chủ đầu tư",
					LocalDate.of(2031, 1, 31), null, DirectiveStatus.OPEN, List.of()));
		}
		Figures all = rows.stream().map(ProgressRow::figures).reduce(Figures.ZERO, Figures::plus);
		List<SourceSplit> bySource = List.of(new SourceSplit(FundingSource.CENTRAL, report.totalsByCapitalType(), all),
				new SourceSplit(FundingSource.LOCAL, report.totalsByCapitalType(), all));
		return new QuarterlySummary(quarter, HEADER, LocalDate.of(2031, 1, 5), null, report, null, sections, directives,
				List.of(), bySource);
	}

	private static Paragraph paragraph(int program, String text) {
		return new Paragraph(program, 0, text, "officer", Instant.parse("2031-01-03T03:00:00Z"));
	}

}
