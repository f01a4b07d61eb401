package org.programtracker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features are Spring Modulith application modules: each may use the kernel and the
 * API (the types in the base package) of other modules, never another module's internals
 * (its {@code internal} package: repositories and what else it keeps to itself), and no
 * two modules depend on each other in a cycle. The module diagrams (every module, and the
 * features without the kernel that all of them use) and one canvas per module are written
 * to {@code docs/modules}, linked from the README.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ProgramTrackerApplication.class);

	static final Path GENERATED = Path.of("target/spring-modulith-docs");

	static final Path DOCS = Path.of("docs/modules");

	@Test
	void shouldKeepEveryModuleWithinItsBoundaries() {
		modules.verify();
	}

	@Test
	void shouldKeepTheKernelFreeOfEveryFeature() {
		ApplicationModule kernel = modules.getModuleByName("kernel").orElseThrow();

		assertThat(
				kernel.getDirectDependencies(modules).uniqueModules().map(module -> module.getIdentifier().toString()))
			.isEmpty();
	}

	@Test
	void shouldKeepEveryFeatureFreeOfTheInfrastructure() {
		ApplicationModule infrastructure = modules.getModuleByName("infrastructure").orElseThrow();

		assertThat(modules.stream()
			.filter(module -> module.getDirectDependencies(modules).contains(infrastructure))
			.map(module -> module.getIdentifier().toString())).isEmpty();
	}

	@Test
	void shouldWriteTheModuleDiagramsAndCanvases() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeModulesAsPlantUml(DiagramOptions.defaults()
				.withStyle(DiagramStyle.UML)
				.withExclusions(module -> module.getIdentifier().toString().equals("kernel"))
				.withTargetFileName("features%s.puml"));

		Files.createDirectories(DOCS);
		try (Stream<Path> files = Files.list(GENERATED)) {
			for (Path file : files.toList()) {
				// a diagram of all modules keeps the placeholder that names individual
				// ones
				Path target = DOCS.resolve(file.getFileName().toString().replace("%s", ""));
				writeIfChanged(target, inStableOrder(Files.readString(file, StandardCharsets.UTF_8)));
			}
		}
		writeIfChanged(DOCS.resolve("features.svg"), svg(Files.readString(DOCS.resolve("features.puml"))));
		assertThat(DOCS.resolve("components.puml")).content().contains("Kernel", "Orgunit");
		assertThat(DOCS.resolve("features.puml")).content().contains("Orgunit").doesNotContain("Kernel");
	}

	private static void writeIfChanged(Path target, String content) throws IOException {
		if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(content)) {
			Files.writeString(target, content, StandardCharsets.UTF_8);
		}
	}

	/**
	 * The diagram as SVG for the README, laid out by PlantUML's own engine.
	 */
	private static String svg(String plantUml) throws IOException {
		ByteArrayOutputStream svg = new ByteArrayOutputStream();
		new SourceStringReader(plantUml.replaceFirst("@startuml", "@startuml\n!pragma layout smetana")).outputImage(svg,
				new FileFormatOption(FileFormat.SVG));
		return svg.toString(StandardCharsets.UTF_8);
	}

	/**
	 * The Documenter lists modules and relations in no fixed order; sorted, an unchanged
	 * structure leaves the committed files as they are.
	 */
	private static String inStableOrder(String content) {
		List<String> lines = new ArrayList<>(content.lines().toList());
		int start = 0;
		while (start < lines.size()) {
			int end = start;
			while (end < lines.size() && isRelation(lines.get(end))) {
				end++;
			}
			if (end > start) {
				lines.subList(start, end).sort(null);
				start = end;
			}
			else {
				start++;
			}
		}
		return String.join("\n", lines) + "\n";
	}

	private static boolean isRelation(String line) {
		String element = line.strip();
		return element.startsWith("Rel(") || element.startsWith("Component(") || element.startsWith("component ")
				|| element.contains(" --> ") || element.contains(" ..> ");
	}

}
