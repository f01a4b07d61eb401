package org.programtracker.carryover;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.programtracker.kernel.DemoDataSet;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Role;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the deadline of the 2024 plan, the district decided its remainders: recurrent
 * capital of the new rural program lapsed, everything else was carried over into 2025 by
 * Decision 352/QĐ-UBND of 20 February 2025. Decided through the service, audited like any
 * decision; no figure of 2024 changes, the carried capital is on lines of 2025.
 */
@Component
@Order(11)
class CarryOverDemoData implements DemoDataSet {

	static final String DECISION_NUMBER = "352/QĐ-UBND";

	static final LocalDate DECISION_DATE = LocalDate.of(2025, 2, 20);

	private static final AppUserPrincipal ADMINISTRATOR = new AppUserPrincipal(0, "admin", "", "Quản trị hệ thống",
			Role.ADMIN, null, null, true, false, Set.of());

	private final CarryOverService carryOver;

	CarryOverDemoData(CarryOverService carryOver) {
		this.carryOver = carryOver;
	}

	@Override
	public void load() {
		CarryOverReview review = this.carryOver.review(ADMINISTRATOR, 2024, null);
		Map<Long, YearEndOutcomeKind> choices = new LinkedHashMap<>();
		review.candidates()
			.forEach(line -> choices.put(line.lineId(),
					("NTM".equals(line.programCode()) && line.capitalType().name().equals("RECURRENT"))
							? YearEndOutcomeKind.LAPSED : YearEndOutcomeKind.CARRIED_OVER));
		this.carryOver.confirm(ADMINISTRATOR, 2024, null,
				new CarryOverDecision(DECISION_NUMBER, DECISION_DATE, null, choices));
	}

}
