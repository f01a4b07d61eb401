package org.programtracker.carryover;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The carry-over decision as the administrator's page posts it: the decision, an optional
 * deadline of the carried lines, and carry over or lapse for each line shown.
 */
public class CarryOverForm {

	private String orgUnit;

	private String decisionNumber;

	private LocalDate decisionDate;

	private LocalDate carriedDeadline;

	private Map<Long, YearEndOutcomeKind> choices = new LinkedHashMap<>();

	/**
	 * Every undecided line of the review carried over, as the page first offers.
	 */
	static CarryOverForm of(CarryOverReview review) {
		CarryOverForm form = new CarryOverForm();
		form.orgUnit = review.unitCode();
		review.candidates().forEach(line -> form.choices.put(line.lineId(), YearEndOutcomeKind.CARRIED_OVER));
		return form;
	}

	CarryOverDecision decision() {
		return new CarryOverDecision(this.decisionNumber, this.decisionDate, this.carriedDeadline,
				new LinkedHashMap<>(this.choices));
	}

	public String getOrgUnit() {
		return this.orgUnit;
	}

	public void setOrgUnit(String orgUnit) {
		this.orgUnit = orgUnit;
	}

	public String getDecisionNumber() {
		return this.decisionNumber;
	}

	public void setDecisionNumber(String decisionNumber) {
		this.decisionNumber = decisionNumber;
	}

	public LocalDate getDecisionDate() {
		return this.decisionDate;
	}

	public void setDecisionDate(LocalDate decisionDate) {
		this.decisionDate = decisionDate;
	}

	public LocalDate getCarriedDeadline() {
		return this.carriedDeadline;
	}

	public void setCarriedDeadline(LocalDate carriedDeadline) {
		this.carriedDeadline = carriedDeadline;
	}

	public Map<Long, YearEndOutcomeKind> getChoices() {
		return this.choices;
	}

	public void setChoices(Map<Long, YearEndOutcomeKind> choices) {
		this.choices = choices;
	}

}
