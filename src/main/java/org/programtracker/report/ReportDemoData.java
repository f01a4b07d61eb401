package org.programtracker.report;

import org.programtracker.report.internal.ReportHeader;

import org.programtracker.report.internal.PrintedFigure;

import java.math.BigDecimal;
import java.util.Map;

import org.programtracker.allocation.CapitalType;
import org.programtracker.kernel.DemoDataSet;
import org.programtracker.kernel.DemoFiles;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.program.ProgramService;
import org.programtracker.report.internal.PrintedFigureRepository;
import org.programtracker.report.internal.ReportHeaderRepository;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The header of the seed district's reports, and the lines of its published report of the
 * first quarter of 2024 as printed, including its slip (39,7% printed for a line whose
 * amounts give 41,1%).
 */
@Component
@Order(7)
class ReportDemoData implements DemoDataSet {

	private static final Quarter REVIEWED = new Quarter(2024, 1);

	private final ReportHeaderRepository headers;

	private final PrintedFigureRepository printedFigures;

	private final OrgUnitService orgUnits;

	private final ProgramService programs;

	ReportDemoData(ReportHeaderRepository headers, PrintedFigureRepository printedFigures, OrgUnitService orgUnits,
			ProgramService programs) {
		this.headers = headers;
		this.printedFigures = printedFigures;
		this.orgUnits = orgUnits;
		this.programs = programs;
	}

	@Override
	public void load() {
		OrgUnitView district = this.orgUnits.findByCode("NAM_NHUN").orElseThrow();
		this.headers.save(new ReportHeader(district.id(), null, null, "UBND HUYỆN NẬM NHÙN",
				"BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG", "BC-BCĐ", "Nậm Nhùn", "TM. BAN CHỈ ĐẠO|TRƯỞNG BAN", "",
				"- Thường trực Huyện ủy, HĐND, UBND huyện;|- Các thành viên Ban Chỉ đạo;"
						+ "|- Các cơ quan thường trực chương trình;|- UBND các xã, thị trấn;|- Lưu: VT."));
		for (Map<String, String> row : DemoFiles.read("printed-figures.csv")) {
			PrintedFigure figure = new PrintedFigure(district.id(),
					this.programs.findByCode(row.get("program")).orElseThrow().id(),
					CapitalType.valueOf(row.get("capital_type")), REVIEWED);
			figure.record(number(row.get("plan_million")), number(row.get("disbursed_million")),
					number(row.get("percent")), "Báo cáo của Ban Chỉ đạo huyện, hội nghị ngày 02/4/2024");
			this.printedFigures.save(figure);
		}
	}

	private static BigDecimal number(String text) {
		return text.isEmpty() ? null : new BigDecimal(text);
	}

}
