package org.programtracker.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.programtracker.allocation.AllocationKind;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.allocation.LineParts;
import org.programtracker.allocation.PlanLineView;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramComponentView;
import org.programtracker.program.ProgramService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sheet to fill in for an import, in the user's language: headers by name (not code),
 * one row per plan line of the unit's subtree in the plan year with its codes filled in
 * and its amounts left empty, drop-down lists for the codes of units, programs and
 * components and for capital types, funding sources and kinds of decision, and a sheet
 * that says what each column wants.
 */
@Component
class ImportTemplates {

	/** How far down the sheet the drop-down lists reach. */
	private static final int VALIDATED_ROWS = SheetReader.MAX_ROWS;

	private final PlanLineService planLines;

	private final OrgUnitService orgUnits;

	private final ProgramService programs;

	private final SheetVocabulary vocabulary;

	private final MessageSource messages;

	ImportTemplates(PlanLineService planLines, OrgUnitService orgUnits, ProgramService programs,
			SheetVocabulary vocabulary, MessageSource messages) {
		this.planLines = planLines;
		this.orgUnits = orgUnits;
		this.programs = programs;
		this.vocabulary = vocabulary;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public byte[] template(AppUserPrincipal user, ImportRequest request, Locale locale) {
		Permissions.requireFigureEditor(user);
		OrgUnitView unit = this.orgUnits.visibleUnit(user.scope(), request.orgUnit());
		List<SheetColumn> columns = request.kind().columns();
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName(request, locale));
			Row header = sheet.createRow(0);
			CellStyle headerStyle = headerStyle(workbook);
			for (int c = 0; c < columns.size(); c++) {
				header.createCell(c).setCellValue(this.vocabulary.header(columns.get(c), locale));
				header.getCell(c).setCellStyle(headerStyle);
				sheet.setColumnWidth(c, width(columns.get(c)) * 256);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (List<Object> values : prefilled(user, unit, request, locale)) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof Integer number) {
						row.createCell(c).setCellValue(number);
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			lists(workbook, sheet, user, request, locale);
			help(workbook, request, locale);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String sheetName(ImportRequest request, Locale locale) {
		return switch (request.kind()) {
			case DISBURSEMENTS -> request.period().isExtension()
					? this.messages.getMessage("import.sheetName.extension", new Object[] { request.year() }, locale)
					: this.messages.getMessage("import.sheetName", new Object[] { request.quarter(), request.year() },
							locale);
			case DECISIONS, ASSIGNMENTS ->
				this.messages.getMessage("import.sheetName." + request.kind(), new Object[] { request.year() }, locale);
		};
	}

	/**
	 * The rows the template starts with, one value per column of the kind: the plan lines
	 * of the unit's subtree in the year (for assignments, each unit, program and capital
	 * once), with amounts, numbers and dates left to fill in.
	 */
	private List<List<Object>> prefilled(AppUserPrincipal user, OrgUnitView unit, ImportRequest request,
			Locale locale) {
		Map<String, List<Object>> rows = new LinkedHashMap<>();
		List<PlanLineView> lines = this.planLines.linesOf(unit, request.year());
		LineParts parts = this.planLines.partsOf(lines);
		for (PlanLineView line : lines) {
			List<Object> values = new ArrayList<>();
			for (SheetColumn column : request.kind().columns()) {
				values.add(switch (column) {
					case ORG_UNIT -> parts.unitOf(line).code();
					case PROGRAM -> parts.programOf(line).code();
					case COMPONENT -> parts.componentCodeOf(line);
					case CAPITAL_TYPE -> this.vocabulary.label(line.capitalType(), locale);
					case FUNDING_SOURCE -> this.vocabulary.label(line.fundingSource(), locale);
					case ORIGIN_YEAR -> line.originYear();
					default -> null;
				});
			}
			rows.putIfAbsent(values.toString(), values);
		}
		return List.copyOf(rows.values());
	}

	/**
	 * Drop-down lists: capital types, funding sources and kinds by name; unit, program
	 * and component codes from a hidden sheet, as there may be more of them than a list
	 * written into the rule holds.
	 */
	private void lists(XSSFWorkbook workbook, Sheet sheet, AppUserPrincipal user, ImportRequest request,
			Locale locale) {
		Sheet codes = workbook.createSheet("codes");
		Set<String> units = new LinkedHashSet<>();
		this.orgUnits.visibleUnits(user.scope()).stream().filter(u -> !u.closed()).forEach(u -> units.add(u.code()));
		Set<String> programCodes = new LinkedHashSet<>();
		Set<String> componentCodes = new LinkedHashSet<>();
		for (ProgramView program : this.programs.activePrograms()) {
			if (user.scope().covers(program.id())) {
				programCodes.add(program.code());
				this.programs.componentsOf(program)
					.stream()
					.map(ProgramComponentView::code)
					.forEach(componentCodes::add);
			}
		}
		String unitRange = column(workbook, codes, 0, "units", units);
		String programRange = column(workbook, codes, 1, "programs", programCodes);
		String componentRange = column(workbook, codes, 2, "components", componentCodes);
		workbook.setSheetHidden(workbook.getSheetIndex(codes), true);
		DataValidationHelper helper = sheet.getDataValidationHelper();
		List<SheetColumn> columns = request.kind().columns();
		for (int c = 0; c < columns.size(); c++) {
			DataValidationConstraint constraint = switch (columns.get(c)) {
				case ORG_UNIT, FROM_UNIT -> (unitRange == null) ? null : helper.createFormulaListConstraint(unitRange);
				case PROGRAM -> (programRange == null) ? null : helper.createFormulaListConstraint(programRange);
				case COMPONENT -> (componentRange == null) ? null : helper.createFormulaListConstraint(componentRange);
				case CAPITAL_TYPE -> helper.createExplicitListConstraint(
						this.vocabulary.labels(CapitalType.class, locale).toArray(String[]::new));
				case FUNDING_SOURCE -> helper.createExplicitListConstraint(
						this.vocabulary.labels(FundingSource.class, locale).toArray(String[]::new));
				case KIND -> helper.createExplicitListConstraint(
						this.vocabulary.labels(AllocationKind.class, locale).toArray(String[]::new));
				default -> null;
			};
			if (constraint != null) {
				DataValidation validation = helper.createValidation(constraint,
						new CellRangeAddressList(1, VALIDATED_ROWS, c, c));
				validation.setShowErrorBox(true);
				validation.setSuppressDropDownArrow(true);
				validation.setEmptyCellAllowed(true);
				validation.createErrorBox(this.vocabulary.header(columns.get(c), locale),
						this.messages.getMessage("import.template.notInList", null, locale));
				sheet.addValidationData(validation);
			}
		}
	}

	/**
	 * Writes the values down a column of the hidden sheet and names the range; the name,
	 * or {@code null} when there are no values.
	 */
	private static String column(XSSFWorkbook workbook, Sheet codes, int index, String name, Set<String> values) {
		if (values.isEmpty()) {
			return null;
		}
		int r = 0;
		for (String value : values) {
			Row row = codes.getRow(r);
			(row == null ? codes.createRow(r) : row).createCell(index).setCellValue(value);
			r++;
		}
		String letter = CellReference.convertNumToColString(index);
		Name range = workbook.createName();
		range.setNameName(name);
		range.setRefersToFormula("codes!$" + letter + "$1:$" + letter + "$" + values.size());
		return name;
	}

	private void help(XSSFWorkbook workbook, ImportRequest request, Locale locale) {
		Sheet help = workbook.createSheet(this.messages.getMessage("import.helpSheet", null, locale));
		List<SheetColumn> columns = request.kind().columns();
		for (int c = 0; c < columns.size(); c++) {
			SheetColumn column = columns.get(c);
			Row row = help.createRow(c);
			row.createCell(0).setCellValue(this.vocabulary.header(column, locale));
			row.createCell(1)
				.setCellValue(this.messages.getMessage(new DefaultMessageSourceResolvable(new String[] {
						"import.column." + column.code() + "." + request.kind(), "import.column." + column.code() }),
						locale));
		}
		help.setColumnWidth(0, 30 * 256);
		help.setColumnWidth(1, 110 * 256);
	}

	private static CellStyle headerStyle(XSSFWorkbook workbook) {
		CellStyle style = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		style.setFont(bold);
		style.setWrapText(true);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderBottom(BorderStyle.THIN);
		return style;
	}

	private static int width(SheetColumn column) {
		return switch (column) {
			case NOTE -> 40;
			case CAPITAL_TYPE, FUNDING_SOURCE, KIND -> 26;
			default -> 18;
		};
	}

}
