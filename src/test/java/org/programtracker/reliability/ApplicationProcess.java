package org.programtracker.reliability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.programtracker.ProgramTrackerApplication;

/**
 * The application in a JVM of its own, on an embedded PostgreSQL data folder that
 * outlives it, as a server runs it: started, killed with SIGKILL (alone, as when the JVM
 * is killed, or together with its PostgreSQL, as when the machine loses power) and
 * started again on the same folder. The test's own JVM talks to it over HTTP and to its
 * database over JDBC.
 */
final class ApplicationProcess implements AutoCloseable {

	private static final Duration READY_WITHIN = Duration.ofSeconds(240);

	private final Path dataDir;

	private final Path logDir;

	private final int httpPort;

	private final int databasePort;

	private Process process;

	private Path log;

	private int starts;

	ApplicationProcess(Path dataDir, Path logDir) throws IOException {
		this.dataDir = dataDir.toAbsolutePath();
		this.logDir = logDir.toAbsolutePath();
		this.httpPort = freePort();
		this.databasePort = freePort();
		Files.createDirectories(this.logDir);
	}

	/**
	 * Starts the application and waits until its readiness probe says UP.
	 * @param clean whether the data folder is wiped first (the first start only)
	 * @return how long it took to be ready
	 */
	Duration start(boolean clean) throws IOException, InterruptedException {
		this.starts++;
		this.log = this.logDir.resolve("start-" + this.starts + ".log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-Xmx768m", "-cp", applicationClassPath(), ProgramTrackerApplication.class.getName(),
				"--server.port=" + this.httpPort, "--app.embedded-db.data-dir=" + this.dataDir,
				"--app.embedded-db.port=" + this.databasePort, "--app.embedded-db.clean=" + clean,
				"--app.embedded-db.durable=true", "--app.demo=true", "--app.demo.reorganisation=false",
				"--spring.main.banner-mode=off", "--spring.thymeleaf.cache=true"));
		long started = System.nanoTime();
		this.process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(this.log.toFile()).start();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = started + READY_WITHIN.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"The application exited with " + this.process.exitValue() + ":\n" + tail(this.log));
			}
			try {
				HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (readiness.statusCode() == 200 && readiness.body().contains("UP")) {
					return Duration.ofNanos(System.nanoTime() - started);
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("Not ready within " + READY_WITHIN + ":\n" + tail(this.log));
	}

	/**
	 * SIGKILL to the application's JVM alone: its PostgreSQL goes on running, orphaned,
	 * and aborts the transactions of the connections that died with it.
	 */
	void killJvm() throws InterruptedException {
		this.process.toHandle().destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/**
	 * SIGKILL to the application's JVM, its postmaster and every backend at once, as a
	 * power cut leaves them: the next start recovers from the write-ahead log.
	 */
	void killJvmAndDatabase() throws IOException, InterruptedException {
		List<ProcessHandle> doomed = new ArrayList<>();
		postmaster().ifPresent(postmaster -> {
			doomed.add(postmaster);
			postmaster.descendants().forEach(doomed::add);
		});
		doomed.add(this.process.toHandle());
		doomed.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle handle : doomed) {
			handle.onExit().join();
		}
	}

	/**
	 * The postmaster that serves the data folder, as its pid file names it, if it runs.
	 */
	Optional<ProcessHandle> postmaster() throws IOException {
		Path pidFile = this.dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
			.filter(ProcessHandle::isAlive);
	}

	/**
	 * What the application logged since its last start.
	 */
	String log() throws IOException {
		return Files.readString(this.log, StandardCharsets.UTF_8);
	}

	Connection database() throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + this.databasePort + "/postgres", "postgres",
				"");
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.httpPort + path);
	}

	boolean isRunning() {
		return this.process != null && this.process.isAlive();
	}

	/**
	 * Stops the application as a service manager does (SIGTERM), which stops its
	 * PostgreSQL too.
	 */
	@Override
	public void close() throws InterruptedException {
		if (isRunning()) {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
	}

	/**
	 * The application's class path without the tests' classes, so that nothing of the
	 * tests takes part in the application (surefire names the real class path in
	 * {@code surefire.test.class.path}; {@code java.class.path} is its booter jar).
	 */
	private static String applicationClassPath() {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(classPath.split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
