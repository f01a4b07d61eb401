package org.programtracker.directive;

import org.programtracker.directive.internal.Directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A directive as typed into its form.
 */
public class DirectiveForm {

	@NotBlank(message = "{directive.text.required}")
	@Size(max = Directive.MAX_LENGTH, message = "{directive.text.tooLong}")
	private String text;

	private List<String> programs = new ArrayList<>();

	private List<String> concernedUnits = new ArrayList<>();

	private String responsibleUnit;

	@Size(max = 300, message = "{directive.responsible.tooLong}")
	private String responsible;

	private LocalDate deadline;

	private long version;

	static DirectiveForm of(DirectiveService.Revision revision) {
		DirectiveForm form = new DirectiveForm();
		DirectiveService.DirectiveDetails details = revision.details();
		form.setText(details.text());
		form.setPrograms(new ArrayList<>(details.programCodes()));
		form.setConcernedUnits(new ArrayList<>(details.concernedUnitCodes()));
		form.setResponsibleUnit(details.responsibleUnitCode());
		form.setResponsible(details.responsible());
		form.setDeadline(details.deadline());
		form.setVersion(revision.version());
		return form;
	}

	public DirectiveService.DirectiveDetails details() {
		return new DirectiveService.DirectiveDetails(this.text, this.programs, this.concernedUnits,
				this.responsibleUnit, this.responsible, this.deadline);
	}

	public boolean namesSomeoneResponsible() {
		return (this.responsibleUnit != null && !this.responsibleUnit.isBlank())
				|| (this.responsible != null && !this.responsible.isBlank());
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public List<String> getPrograms() {
		return this.programs;
	}

	public void setPrograms(List<String> programs) {
		this.programs = (programs == null) ? new ArrayList<>() : programs;
	}

	public List<String> getConcernedUnits() {
		return this.concernedUnits;
	}

	public void setConcernedUnits(List<String> concernedUnits) {
		this.concernedUnits = (concernedUnits == null) ? new ArrayList<>() : concernedUnits;
	}

	public String getResponsibleUnit() {
		return this.responsibleUnit;
	}

	public void setResponsibleUnit(String responsibleUnit) {
		this.responsibleUnit = responsibleUnit;
	}

	public String getResponsible() {
		return this.responsible;
	}

	public void setResponsible(String responsible) {
		this.responsible = responsible;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
