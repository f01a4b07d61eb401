package org.programtracker;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features are Spring Modulith application modules: each may use the kernel and the
 * API (the types in the base package) of the modules below it, never another module's
 * internals (its {@code internal} package: repositories and what else it keeps to
 * itself), and no two modules depend on each other in a cycle. The module diagram and one
 * canvas per module are written to {@code docs/modules}, linked from the README.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ProgramTrackerApplication.class);

	@Test
	void shouldKeepEveryModuleWithinItsBoundaries() {
		modules.verify();
	}

	@Test
	void shouldKeepTheKernelFreeOfEveryFeature() {
		assertThat(modules.getModuleByName("kernel")).hasValueSatisfying(
				kernel -> assertThat(kernel.getDirectDependencies(modules).stream().toList()).isEmpty());
	}

	@Test
	void shouldKeepTheInfrastructureOutOfEveryFeature() {
		assertThat(modules.stream()
			.filter(module -> module.getDirectDependencies(modules)
				.contains(modules.getModuleByName("infrastructure").orElseThrow()))
			.map(module -> module.getIdentifier().toString())).isEmpty();
	}

	@Test
	void shouldWriteTheModuleDiagramAndCanvases() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
