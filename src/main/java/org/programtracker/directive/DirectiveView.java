package org.programtracker.directive;

import org.programtracker.directive.internal.Directive;

import java.time.LocalDate;
import java.util.List;

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

	static DirectiveView of(Directive directive, LocalDate today) {
		String responsible = (directive.getResponsibleUnit() != null) ? directive.getResponsibleUnit().getName()
				: directive.getResponsible();
		if (directive.getResponsibleUnit() != null && directive.getResponsible() != null) {
			responsible = directive.getResponsibleUnit().getName() + " — " + directive.getResponsible();
		}
		return new DirectiveView(directive.getId(), directive.getGiven(), directive.getText(),
				directive.getPrograms().stream().map(program -> program.getName()).toList(),
				directive.getPrograms().stream().map(program -> program.getCode()).toList(),
				directive.getConcernedUnits().stream().map(unit -> unit.getName()).toList(), responsible,
				directive.getDeadline(), directive.getDoneOn(), directive.statusOn(today),
				directive.getNotes()
					.stream()
					.map(note -> new Note(note.getNotedOn(), note.getText(), note.getWrittenBy()))
					.toList());
	}

}
