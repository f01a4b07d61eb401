package org.programtracker.directive;

import java.time.LocalDate;

/**
 * A directive past its deadline and not done, as the dashboard lists it.
 *
 * @param id the directive's id
 * @param text what was directed
 * @param deadline the deadline it missed
 * @param responsibleUnit the responsible unit's name, or {@code null}
 * @param responsible the text naming who is responsible, or {@code null}
 */
public record OverdueDirective(long id, String text, LocalDate deadline, String responsibleUnit, String responsible) {

	/**
	 * Who is responsible, as the register shows it.
	 */
	public String who() {
		if (this.responsibleUnit != null && this.responsible != null) {
			return this.responsibleUnit + " — " + this.responsible;
		}
		return (this.responsibleUnit != null) ? this.responsibleUnit : this.responsible;
	}

}
