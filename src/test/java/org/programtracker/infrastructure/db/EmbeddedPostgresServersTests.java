package org.programtracker.infrastructure.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServersTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldKeepDataAcrossARestart() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(this.dataDir, 0, true, false);
		try (EmbeddedPostgres first = EmbeddedPostgresServers.start(this.dataDir, properties)) {
			execute(first, "create table kept (amount numeric(19,0))", "insert into kept values (2487000000)");
		}

		try (EmbeddedPostgres second = EmbeddedPostgresServers.start(this.dataDir, properties)) {
			assertThat(query(second, "select amount from kept")).containsExactly("2487000000");
		}
	}

	@Test
	void shouldTurnDurabilityOnForRealData() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(this.dataDir, 0, true, false);
		try (EmbeddedPostgres server = EmbeddedPostgresServers.start(this.dataDir, properties)) {
			assertThat(query(server, "show fsync")).containsExactly("on");
			assertThat(query(server, "show synchronous_commit")).containsExactly("on");
		}
	}

	@Test
	void shouldStopAPostgresLeftRunningOnTheSameDataFolder() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(this.dataDir, 0, false, false);
		EmbeddedPostgres orphan = EmbeddedPostgresServers.start(this.dataDir, properties);
		long pid = Long.parseLong(Files.readAllLines(this.dataDir.resolve("postmaster.pid")).get(0).trim());

		EmbeddedPostgresServers.stopStalePostmaster(Path.of(this.dataDir.toString() + "/./"));

		assertThat(this.dataDir.resolve("postmaster.pid")).doesNotExist();
		assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
		// the orphan's JVM would be gone; here it still holds the library's own folder
		// lock
		closeQuietly(orphan);
		try (EmbeddedPostgres restarted = EmbeddedPostgresServers.start(this.dataDir, properties)) {
			assertThat(query(restarted, "select 1")).containsExactly("1");
		}
	}

	@Test
	void shouldStartCleanOnAFolderThatAKilledRunLeftFull() throws Exception {
		EmbeddedDatabaseProperties keep = new EmbeddedDatabaseProperties(this.dataDir, 0, false, false);
		try (EmbeddedPostgres killed = EmbeddedPostgresServers.start(this.dataDir, keep)) {
			execute(killed, "create table left_over (id int)");
		}
		assertThat(this.dataDir.resolve("PG_VERSION")).exists();

		EmbeddedDatabaseProperties clean = new EmbeddedDatabaseProperties(this.dataDir, 0, false, true);
		try (EmbeddedPostgres fresh = EmbeddedPostgresServers.start(this.dataDir, clean)) {
			assertThat(query(fresh, "select count(*) from pg_tables where tablename = 'left_over'"))
				.containsExactly("0");
		}
	}

	@Test
	void shouldLeaveAnUnrelatedProcessAlone() throws Exception {
		Files.writeString(this.dataDir.resolve("postmaster.pid"),
				ProcessHandle.current().pid() + "\n" + this.dataDir + "\n");

		EmbeddedPostgresServers.stopStalePostmaster(this.dataDir.toRealPath());

		assertThat(ProcessHandle.current().isAlive()).isTrue();
	}

	private static void execute(EmbeddedPostgres server, String... statements) throws SQLException {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static List<String> query(EmbeddedPostgres server, String sql) throws SQLException {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			java.util.ArrayList<String> values = new java.util.ArrayList<>();
			while (result.next()) {
				values.add(result.getString(1));
			}
			return values;
		}
	}

	private static void closeQuietly(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (Exception ex) {
			// the server was stopped under it, as the test intended
		}
	}

}
