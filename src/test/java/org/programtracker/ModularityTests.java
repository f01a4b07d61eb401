package org.programtracker;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void shouldKeepModuleBoundaries() {
		ApplicationModules modules = ApplicationModules.of(ProgramTrackerApplication.class);
		System.out.println(modules);
		modules.verify();
	}

}
