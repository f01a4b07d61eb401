package org.programtracker.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the pages of figures by unit and period (the progress table, the grid, the
 * summary, the directives, the import, the dashboard) offer to choose from: the years
 * ({@link ProgressService#selectableYears}, up to this year), the units the user sees,
 * and whether a year's extension period may be chosen.
 */
@Component
public class PageChoices {

	private final ProgressService progress;

	private final OrgUnitService orgUnits;

	private final Clock clock;

	PageChoices(ProgressService progress, OrgUnitService orgUnits, Clock clock) {
		this.progress = progress;
		this.orgUnits = orgUnits;
		this.clock = clock;
	}

	/**
	 * The years offered, newest first, with {@code shownYear} among them.
	 */
	public List<Integer> years(int shownYear) {
		return this.progress.selectableYears(shownYear, LocalDate.now(this.clock));
	}

	/**
	 * Whether the period chooser offers the extension period: shown now, or the year
	 * shown is over.
	 */
	public boolean extensionOffered(Quarter shown) {
		return shown.isExtension() || shown.year() < LocalDate.now(this.clock).getYear();
	}

	/**
	 * The years around {@code shownYear} and the units the user sees, as the model's
	 * {@code years} and {@code units}.
	 */
	public void offerYearsAndUnits(Model model, AppUserPrincipal user, int shownYear) {
		model.addAttribute("years", years(shownYear));
		model.addAttribute("units", this.orgUnits.visibleUnits(user.scope()));
	}

}
