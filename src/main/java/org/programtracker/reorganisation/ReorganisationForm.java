package org.programtracker.reorganisation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The reorganisation form as typed: what to do, to which unit, from when, by which
 * decision; on the preview, the unit that takes each line of a split and the users who
 * keep their scope.
 */
public class ReorganisationForm {

	private ReorganisationKind kind = ReorganisationKind.MERGE;

	private String target;

	private LocalDate effectiveDate;

	private String decisionNumber;

	private Map<Long, String> lines = new LinkedHashMap<>();

	private Set<Long> kept = new LinkedHashSet<>();

	ReorganisationRequest toRequest(String unitCode) {
		return new ReorganisationRequest(this.kind, unitCode, this.target, this.effectiveDate, this.decisionNumber,
				this.lines, this.kept);
	}

	public ReorganisationKind getKind() {
		return this.kind;
	}

	public void setKind(ReorganisationKind kind) {
		this.kind = kind;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	public void setEffectiveDate(LocalDate effectiveDate) {
		this.effectiveDate = effectiveDate;
	}

	public String getDecisionNumber() {
		return this.decisionNumber;
	}

	public void setDecisionNumber(String decisionNumber) {
		this.decisionNumber = decisionNumber;
	}

	public Map<Long, String> getLines() {
		return this.lines;
	}

	public void setLines(Map<Long, String> lines) {
		this.lines = lines;
	}

	public Set<Long> getKept() {
		return this.kept;
	}

	public void setKept(Set<Long> kept) {
		this.kept = kept;
	}

}
