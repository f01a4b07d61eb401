package org.programtracker.directive;

import org.programtracker.directive.internal.Directive;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.programtracker.directive.internal.DirectiveRepository;
import org.programtracker.kernel.DemoDataSet;
import org.programtracker.kernel.DemoFiles;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.program.ProgramService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The chairman's directives from the seed district's review conference of 2 April 2024,
 * with their follow-up.
 */
@Component
@Order(9)
class DirectiveDemoData implements DemoDataSet {

	private static final Quarter REVIEWED = new Quarter(2024, 1);

	private final DirectiveRepository directives;

	private final OrgUnitService orgUnits;

	private final ProgramService programs;

	DirectiveDemoData(DirectiveRepository directives, OrgUnitService orgUnits, ProgramService programs) {
		this.directives = directives;
		this.orgUnits = orgUnits;
		this.programs = programs;
	}

	@Override
	public void load() {
		OrgUnitView district = unit("NAM_NHUN");
		for (Map<String, String> row : DemoFiles.read("directives.csv")) {
			Directive directive = new Directive(district.id(), REVIEWED, "admin",
					LocalDate.of(2024, 4, 2).atTime(17, 0).toInstant(ZoneOffset.ofHours(7)));
			Set<Long> concerned = new LinkedHashSet<>();
			Arrays.stream(row.get("programs").split(" "))
				.map(code -> this.programs.findByCode(code).orElseThrow().id())
				.forEach(concerned::add);
			Long responsibleUnit = row.get("responsible_unit").isEmpty() ? null
					: unit(row.get("responsible_unit")).id();
			Set<Long> concernedUnits = new LinkedHashSet<>();
			Arrays.stream(row.get("concerned_units").split(" "))
				.filter(code -> !code.isEmpty())
				.map(code -> unit(code).id())
				.forEach(concernedUnits::add);
			directive.describe(row.get("text"), concerned, concernedUnits, responsibleUnit, row.get("responsible"),
					date(row.get("deadline")));
			if (!row.get("note").isEmpty()) {
				directive.note(date(row.get("note_date")), row.get("note"), "admin");
			}
			if (!row.get("done_on").isEmpty()) {
				directive.markDone(date(row.get("done_on")));
			}
			this.directives.save(directive);
		}
	}

	private OrgUnitView unit(String code) {
		return this.orgUnits.findByCode(code).orElseThrow();
	}

	private static LocalDate date(String text) {
		return text.isEmpty() ? null : LocalDate.parse(text);
	}

}
