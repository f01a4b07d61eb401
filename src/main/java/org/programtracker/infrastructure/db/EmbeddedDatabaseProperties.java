package org.programtracker.infrastructure.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that runs when no external database is configured.
 *
 * @param dataDir where the cluster keeps its files; it survives restarts
 * @param port the port to listen on, 0 for any free one
 * @param durable whether commits reach the disk before they are acknowledged; the library
 * turns this off by default, which is fine for tests and wrong for real data
 * @param clean whether to wipe the data folder on start (tests only)
 */
@ConfigurationProperties("app.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/pg") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("true") boolean durable, @DefaultValue("false") boolean clean) {

}
