package org.programtracker.infrastructure.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server of its own (not the suite's) whose postmaster is killed with SIGKILL: the
 * watchdog starts it again on the same folder and port, with the committed rows.
 */
class EmbeddedPostgresWatchdogTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldStartAKilledServerAgainOnItsPortWithItsData() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(this.dataDir, 0, true, false);
		EmbeddedPostgres first = EmbeddedPostgresServers.start(this.dataDir, properties);
		EmbeddedPostgresWatchdog watchdog = new EmbeddedPostgresWatchdog(first, properties);
		try {
			execute(first, "create table kept (amount numeric(19,0)); insert into kept values (2487000000)");
			assertThat(watchdog.check()).isTrue();
			assertThat(watchdog.server()).isSameAs(first);

			long postmaster = Long.parseLong(Files.readAllLines(this.dataDir.resolve("postmaster.pid")).get(0).strip());
			ProcessHandle process = ProcessHandle.of(postmaster).orElseThrow();
			new ProcessBuilder("kill", "-KILL", String.valueOf(postmaster)).start().waitFor();
			process.onExit().get(10, TimeUnit.SECONDS);

			assertThat(watchdog.check()).isTrue();
			assertThat(watchdog.server()).isNotSameAs(first);
			assertThat(watchdog.server().getPort()).isEqualTo(first.getPort());
			try (Connection connection = watchdog.server().getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select amount from kept")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("2487000000");
			}
		}
		finally {
			watchdog.close();
			watchdog.server().close();
		}
	}

	private static void execute(EmbeddedPostgres server, String sql) throws Exception {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
