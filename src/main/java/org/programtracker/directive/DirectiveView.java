package org.programtracker.directive;

import org.programtracker.directive.internal.Directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.program.ProgramView;

import org.programtracker.period.Quarter;
import org.programtracker.kernel.LocalizedName;

/**
 * A directive as pages and the printed summary show it.
 *
 * @param responsible the responsible unit's name, or the text naming who is responsible
 */
public record DirectiveView(long id, Quarter given, String text, List<LocalizedName> programs,
		List<String> programCodes, List<String> concernedUnits, String responsible, LocalDate deadline,
		LocalDate doneOn, DirectiveStatus status, List<Note> notes) {

	public record Note(LocalDate on, String text, String writtenBy) {

	}

	static DirectiveView of(Directive directive, LocalDate today, Names names) {
		OrgUnitView responsibleUnit = names.units().get(directive.getResponsibleUnitId());
		String responsible = (responsibleUnit != null) ? responsibleUnit.name() : directive.getResponsible();
		if (responsibleUnit != null && directive.getResponsible() != null) {
			responsible = responsibleUnit.name() + " — " + directive.getResponsible();
		}
		List<ProgramView> programs = names.programs()
			.values()
			.stream()
			.filter(program -> directive.getProgramIds().contains(program.id()))
			.toList();
		return new DirectiveView(directive.getId(), directive.getGiven(), directive.getText(),
				programs.stream().map(ProgramView::name).toList(), programs.stream().map(ProgramView::code).toList(),
				names.units()
					.values()
					.stream()
					.filter(unit -> directive.getConcernedUnitIds().contains(unit.id()))
					.map(OrgUnitView::name)
					.toList(),
				responsible, directive.getDeadline(), directive.getDoneOn(), directive.statusOn(today),
				directive.getNotes()
					.stream()
					.map(note -> new Note(note.getNotedOn(), note.getText(), note.getWrittenBy()))
					.toList());
	}

	/**
	 * The programs (in their order) and units (in tree order) that directives name, by
	 * id: read once for a whole register.
	 */
	record Names(Map<Long, ProgramView> programs, Map<Long, OrgUnitView> units) {

	}

}
