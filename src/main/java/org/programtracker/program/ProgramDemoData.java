package org.programtracker.program;

import java.util.HashMap;
import java.util.Map;

import org.programtracker.kernel.DemoDataSet;
import org.programtracker.kernel.DemoFiles;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.program.internal.ProgramComponent;
import org.programtracker.program.internal.Program;
import org.programtracker.program.internal.ProgramComponentRepository;
import org.programtracker.program.internal.ProgramRepository;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The three national target programs with their standing agencies, projects and content
 * areas.
 */
@Component
@Order(2)
class ProgramDemoData implements DemoDataSet {

	private final ProgramRepository programs;

	private final ProgramComponentRepository components;

	private final OrgUnitService orgUnits;

	ProgramDemoData(ProgramRepository programs, ProgramComponentRepository components, OrgUnitService orgUnits) {
		this.programs = programs;
		this.components = components;
		this.orgUnits = orgUnits;
	}

	@Override
	public void load() {
		Map<String, Program> programsByCode = new HashMap<>();
		int order = 0;
		for (Map<String, String> row : DemoFiles.read("programs.csv")) {
			Program program = new Program(row.get("code"), row.get("name_vi"), row.get("name_en"));
			program.setStandingAgencyId(
					this.orgUnits.findByCode(row.get("standing_agency")).map(OrgUnitView::id).orElse(null));
			program.setYears(Integer.valueOf(row.get("start_year")), Integer.valueOf(row.get("end_year")));
			program.setSortOrder(order++);
			programsByCode.put(program.getCode(), this.programs.save(program));
		}
		Map<String, ProgramComponent> componentsByKey = new HashMap<>();
		order = 0;
		for (Map<String, String> row : DemoFiles.read("components.csv")) {
			Program program = programsByCode.get(row.get("program"));
			ProgramComponent parent = row.get("parent").isEmpty() ? null
					: componentsByKey.get(program.getCode() + "/" + row.get("parent"));
			ProgramComponent component = new ProgramComponent(program, parent, row.get("code"),
					ComponentKind.valueOf(row.get("kind")), row.get("name_vi"), row.get("name_en"));
			component.setSortOrder(order++);
			componentsByKey.put(program.getCode() + "/" + component.getCode(), this.components.save(component));
		}
	}

}
