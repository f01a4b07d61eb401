package org.programtracker.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker-compose.yml} and {@code reliability/compose-run}, which performs what the
 * file describes where there is no Docker engine, say the same thing: the build command
 * of the image, the database's name, user and password, every variable of the
 * application's environment with the same default, its port, and both health checks. A
 * change to one without the other fails here; {@code .ci/run} runs the script.
 */
class ComposeFileTests {

	private static final Path COMPOSE = Path.of("docker-compose.yml");

	private static final Path SCRIPT = Path.of("reliability/compose-run");

	@Test
	void shouldBuildTheImageWithTheCommandTheScriptRuns() throws IOException {
		String dockerfile = (String) ((Map<?, ?>) service("app").get("build")).get("dockerfile_inline");

		Matcher build = Pattern.compile("RUN (\\./mvnw [^\\n]+)").matcher(dockerfile);
		assertThat(build.find()).isTrue();
		assertThat(script()).contains(build.group(1));
		assertThat(dockerfile).contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/program-tracker.jar\"]",
				"COPY --from=build /src/target/program-tracker-*.jar /app/program-tracker.jar");
		assertThat(script()).contains("app/program-tracker.jar", "program-tracker-*.jar");
	}

	@Test
	void shouldStartTheDatabaseWithTheServicesNameUserPasswordAndHealthCheck() throws IOException {
		Map<?, ?> db = service("db");
		Map<?, ?> environment = (Map<?, ?>) db.get("environment");

		assertThat(script()).contains("POSTGRES_DB=" + environment.get("POSTGRES_DB"),
				"POSTGRES_USER=" + environment.get("POSTGRES_USER"),
				"POSTGRES_PASSWORD=" + environment.get("POSTGRES_PASSWORD"));
		String healthCheck = ((List<?>) ((Map<?, ?>) db.get("healthcheck")).get("test")).get(1).toString();
		assertThat(healthCheck).isEqualTo("pg_isready -U tracker -d tracker");
		assertThat(script()).contains("pg_isready\" -h 127.0.0.1 -p \"$DB_PORT\" -U tracker -d tracker");
		assertThat(((Map<?, ?>) db.get("healthcheck")).get("retries")).isEqualTo(20);
		assertThat(script()).contains("for _ in $(seq 1 20)", "sleep 5");
		assertThat(db.get("image").toString()).matches("postgres:1[5-9]|postgres:[2-9][0-9]");
	}

	@Test
	void shouldStartTheApplicationWithEveryVariableOfTheServiceAndItsDefault() throws IOException {
		Map<?, ?> environment = (Map<?, ?>) service("app").get("environment");

		assertThat(environment).isNotEmpty();
		for (Map.Entry<?, ?> variable : environment.entrySet()) {
			String name = variable.getKey().toString();
			String value = variable.getValue().toString();
			String expected = switch (name) {
				// the compose network's name of the database service, which resolves to
				// this machine
				case "SPRING_DATASOURCE_URL" -> {
					assertThat(value).isEqualTo("jdbc:postgresql://db:5432/tracker");
					yield "SPRING_DATASOURCE_URL=\"jdbc:postgresql://127.0.0.1:$DB_PORT/tracker\"";
				}
				// required by the compose file, required by the script with the same
				// message
				case "APP_ADMIN_PASSWORD" -> {
					Matcher required = Pattern.compile("\\$\\{APP_ADMIN_PASSWORD:\\?(.+)}").matcher(value);
					assertThat(required.matches()).as(value).isTrue();
					assertThat(script()).contains("${APP_ADMIN_PASSWORD:?" + required.group(1) + "}");
					yield "APP_ADMIN_PASSWORD=\"$APP_ADMIN_PASSWORD\"";
				}
				default -> name + "=" + (value.startsWith("${") ? "\"" + value + "\"" : value);
			};
			assertThat(script()).as("the script sets %s as the compose file does", name).contains(expected);
		}
	}

	@Test
	void shouldListenWhereTheComposeFilePublishesAndCheckHealthTheSameWay() throws IOException {
		Map<?, ?> app = service("app");

		assertThat(app.get("ports")).isEqualTo(List.of("8080:8080"));
		assertThat(script()).contains("APP_PORT=${COMPOSE_APP_PORT:-8080}");
		Map<?, ?> healthCheck = (Map<?, ?>) app.get("healthcheck");
		String probe = ((List<?>) healthCheck.get("test")).get(1).toString();
		assertThat(probe).contains("GET /actuator/health HTTP/1.0", "grep -q UP");
		assertThat(script()).contains("printf 'GET /actuator/health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3");
		assertThat(healthCheck.get("start_period")).isEqualTo("60s");
		assertThat(healthCheck.get("retries")).isEqualTo(10);
		assertThat(script()).contains("-ge 60", "failures -lt 10");
		assertThat(((Map<?, ?>) app.get("depends_on")).get("db")).isEqualTo(Map.of("condition", "service_healthy"));
	}

	private static Map<?, ?> service(String name) throws IOException {
		Map<?, ?> compose = new Yaml().load(Files.readString(COMPOSE, StandardCharsets.UTF_8));
		return (Map<?, ?>) ((Map<?, ?>) compose.get("services")).get(name);
	}

	private static String script() throws IOException {
		return Files.readString(SCRIPT, StandardCharsets.UTF_8);
	}

}
