package org.programtracker.infrastructure.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts embedded PostgreSQL servers, one per data folder for the whole JVM.
 * <p>
 * One server per folder lets every Spring context of a test run share a single database,
 * and lets the application survive a context restart without a second server fighting
 * over the same files. Servers stop when the JVM exits.
 */
public final class EmbeddedPostgresServers {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);

	private static final Map<Path, EmbeddedPostgres> servers = new ConcurrentHashMap<>();

	private EmbeddedPostgresServers() {
	}

	public static EmbeddedPostgres serverFor(EmbeddedDatabaseProperties properties) {
		Path dataDir = canonical(properties.dataDir());
		return servers.computeIfAbsent(dataDir, dir -> start(dir, properties));
	}

	/**
	 * Starts the server of a data folder again after its postmaster died, on the port of
	 * {@code properties}, and keeps it as that folder's server.
	 */
	static EmbeddedPostgres restart(Path dataDir, EmbeddedDatabaseProperties properties) {
		EmbeddedPostgres server = start(canonical(dataDir), properties);
		servers.put(canonical(dataDir), server);
		return server;
	}

	static EmbeddedPostgres start(Path dataDir, EmbeddedDatabaseProperties properties) {
		try {
			Files.createDirectories(dataDir);
			stopStalePostmaster(dataDir);
			if (properties.clean()) {
				wipe(dataDir);
			}
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(properties.clean())
				.setPort(properties.port())
				.setPGStartupWait(Duration.ofSeconds(60))
				.setRegisterShutdownHook(true);
			if (properties.durable()) {
				builder.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
			}
			EmbeddedPostgres server = builder.start();
			log.info("Embedded PostgreSQL listening on port {} with data in {}", server.getPort(), dataDir);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
	}

	/**
	 * A JVM that was killed hard leaves its PostgreSQL running, and the next start then
	 * fails on the lock file. Stop such a server, but only when its command line names
	 * this very data folder, so that no unrelated process is touched.
	 */
	static void stopStalePostmaster(Path folder) throws IOException {
		Path dataDir = canonical(folder);
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.size() < 2 || !isLong(lines.get(0).trim())) {
			return;
		}
		long pid = Long.parseLong(lines.get(0).trim());
		Path recordedDir = canonical(Path.of(lines.get(1).trim()));
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		if (process.isEmpty() || !recordedDir.equals(dataDir) || !commandLineNames(pid, dataDir)) {
			return;
		}
		log.warn("Stopping a PostgreSQL (pid {}) left running on {} by an earlier run", pid, dataDir);
		ProcessHandle postmaster = process.get();
		postmaster.destroy();
		try {
			postmaster.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			postmaster.destroyForcibly();
		}
	}

	/**
	 * The library wipes a clean data folder only when the server closes; a killed run
	 * leaves it full, and the next initdb then refuses it. Wipe it before starting, but
	 * only a folder that holds a PostgreSQL cluster.
	 */
	static void wipe(Path dataDir) throws IOException {
		if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
			return;
		}
		log.info("Wiping the embedded PostgreSQL data left in {}", dataDir);
		try (Stream<Path> paths = Files.walk(dataDir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(dataDir)).toList()) {
				Files.delete(path);
			}
		}
	}

	private static boolean commandLineNames(long pid, Path dataDir) throws IOException {
		Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
		if (!Files.isReadable(cmdline)) {
			return false;
		}
		String[] arguments = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0");
		for (String argument : arguments) {
			if (!argument.isBlank() && !argument.startsWith("-") && canonical(Path.of(argument)).equals(dataDir)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLong(String text) {
		return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
	}

	private static Path canonical(Path path) {
		try {
			return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
		}
		catch (IOException ex) {
			return path.toAbsolutePath().normalize();
		}
	}

}
