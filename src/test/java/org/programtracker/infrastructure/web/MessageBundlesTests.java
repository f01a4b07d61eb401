package org.programtracker.infrastructure.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string lives in both bundles: a key missing from one language, or a key
 * nobody uses, fails the build.
 */
class MessageBundlesTests {

	/**
	 * Keys built at run time, as {@code 'status.' + ${status}} in a template or
	 * {@code "summary.label." + type} in Java: their families count as used.
	 */
	private static final Pattern DYNAMIC_FAMILY = Pattern.compile("['\"]([a-zA-Z][\\w.]*\\.)['\"]\\s*\\+");

	@Test
	void shouldHaveTheSameKeysInVietnameseAndEnglish() {
		Set<String> vietnamese = keys("messages_vi.properties");
		Set<String> english = keys("messages_en.properties");

		assertThat(vietnamese).as("keys missing from messages_en.properties").isSubsetOf(english);
		assertThat(english).as("keys missing from messages_vi.properties").isSubsetOf(vietnamese);
	}

	/**
	 * The words of the glossary in DESIGN.md, in both languages, where users read them.
	 */
	@Test
	void shouldSpeakTheGlossarysTerms() {
		Properties vietnamese = load("messages_vi.properties");
		Properties english = load("messages_en.properties");
		String[][] glossary = { { "capitalType.INVESTMENT", "Vốn đầu tư phát triển", "development investment capital" },
				{ "capitalType.RECURRENT", "Vốn sự nghiệp", "recurrent capital" },
				{ "status.NOT_ALLOCATED", "chưa giao vốn", "not allocated" },
				{ "status.NOT_STARTED", "chưa giải ngân", "not started" },
				{ "status.OVER_PLAN", "vượt kế hoạch", "over plan" },
				{ "summary.difficulties", "Khó khăn, vướng mắc", "difficulties and obstacles" },
				{ "summary.keyTasks", "Nhiệm vụ trọng tâm", "key tasks for the next quarter" },
				{ "directive.title", "Kết luận chỉ đạo", "directives" },
				{ "summary.unitOfMeasure", "triệu đồng", "million VND" },
				{ "summary.sentence.IN_PROGRESS", "% kế hoạch", "% of plan" } };
		for (String[] term : glossary) {
			assertThat(vietnamese.getProperty(term[0])).as(term[0] + " (vi)").containsIgnoringCase(term[1]);
			assertThat(english.getProperty(term[0])).as(term[0] + " (en)").containsIgnoringCase(term[2]);
		}
	}

	@Test
	void shouldHaveNoEmptyMessages() {
		for (String bundle : List.of("messages_vi.properties", "messages_en.properties")) {
			Properties properties = load(bundle);
			assertThat(properties.stringPropertyNames()).as(bundle)
				.allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
		}
	}

	/**
	 * A message with arguments goes through {@code MessageFormat}, where a lone
	 * apostrophe opens a quotation that swallows what follows ("this quarter's figures on
	 * {0}" shows "{0}"), so there an apostrophe is doubled; a message without arguments
	 * is shown as written, so there it is not.
	 */
	@Test
	void shouldDoubleApostrophesExactlyInMessagesWithArguments() {
		Pattern argument = Pattern.compile("\\{\\d");
		Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
		for (String bundle : List.of("messages_vi.properties", "messages_en.properties")) {
			Properties properties = load(bundle);
			for (String key : properties.stringPropertyNames()) {
				String message = properties.getProperty(key);
				if (argument.matcher(message).find()) {
					assertThat(loneApostrophe.matcher(message).find()).as(bundle + ": " + key).isFalse();
				}
				else {
					assertThat(message).as(bundle + ": " + key).doesNotContain("''");
				}
			}
		}
	}

	@Test
	void shouldUseEveryKey() throws IOException {
		String sources = sources();
		Set<String> families = new TreeSet<>();
		Matcher matcher = DYNAMIC_FAMILY.matcher(sources);
		while (matcher.find()) {
			families.add(matcher.group(1));
		}

		assertThat(keys("messages_vi.properties")).as("keys used nowhere")
			.allSatisfy(key -> assertThat(sources.contains(key) || families.stream().anyMatch(key::startsWith)).as(key)
				.isTrue());
	}

	@Test
	void shouldUseOnlyKeysThatExist() throws IOException {
		Set<String> keys = keys("messages_vi.properties");
		Matcher matcher = Pattern.compile("#\\{([a-zA-Z][\\w.]*)").matcher(templates());
		Set<String> missing = new TreeSet<>();
		while (matcher.find()) {
			if (!keys.contains(matcher.group(1))) {
				missing.add(matcher.group(1));
			}
		}

		assertThat(missing).as("keys used in templates but missing from the bundles").isEmpty();
	}

	private static String sources() throws IOException {
		return templates() + read(Path.of("src/main/java"), ".java");
	}

	private static String templates() throws IOException {
		return read(Path.of("src/main/resources/templates"), ".html");
	}

	private static String read(Path root, String suffix) throws IOException {
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(path -> path.toString().endsWith(suffix)).toList()) {
				text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
			}
		}
		return text.toString();
	}

	private static Set<String> keys(String bundle) {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(String bundle) {
		Properties properties = new Properties();
		try (InputStream input = MessageBundlesTests.class.getResourceAsStream("/" + bundle)) {
			assertThat(input).as(bundle).isNotNull();
			properties.load(new java.io.InputStreamReader(input, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
