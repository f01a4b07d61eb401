package org.programtracker.narrative;

import org.programtracker.narrative.internal.NarrativeEntry;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.programtracker.kernel.DemoDataSet;
import org.programtracker.kernel.DemoFiles;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.program.ProgramService;
import org.programtracker.narrative.internal.NarrativeEntryRepository;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Each program's difficulties and key tasks as the standing agencies wrote them for the
 * seed district's review conference of the first quarter of 2024.
 */
@Component
@Order(8)
class NarrativeDemoData implements DemoDataSet {

	private static final Quarter REVIEWED = new Quarter(2024, 1);

	private final NarrativeEntryRepository narrative;

	private final OrgUnitService orgUnits;

	private final ProgramService programs;

	NarrativeDemoData(NarrativeEntryRepository narrative, OrgUnitService orgUnits, ProgramService programs) {
		this.narrative = narrative;
		this.orgUnits = orgUnits;
		this.programs = programs;
	}

	@Override
	public void load() {
		OrgUnitView district = this.orgUnits.findByCode("NAM_NHUN").orElseThrow();
		int position = 0;
		for (Map<String, String> row : DemoFiles.read("narrative.csv")) {
			NarrativeEntry entry = new NarrativeEntry(district.id(),
					this.programs.findByCode(row.get("program")).orElseThrow().id(), REVIEWED,
					NarrativeSection.valueOf(row.get("section")), ++position);
			entry.write(row.get("text"), "admin",
					LocalDate.of(2024, 3, 28).atTime(9, 0).toInstant(ZoneOffset.ofHours(7)));
			this.narrative.save(entry);
		}
	}

}
